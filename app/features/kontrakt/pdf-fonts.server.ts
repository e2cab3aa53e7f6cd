import { createRequire } from "node:module";

// The complete IBM Plex Sans TrueType files (not browser subsets: a PDF font must cover whatever a
// leader's name holds — "Łukasz Wiśniewski", "Şükrü", "€"). pdfkit embeds only the glyphs used.
// From @expo-google-fonts/ibm-plex-sans, which has no install script (decision 030).
const require = createRequire(import.meta.url);
const fontFile = (weight: string, name: string) =>
  require.resolve(`@expo-google-fonts/ibm-plex-sans/${weight}/IBMPlexSans_${name}.ttf`);

export const PDF_FONTS = {
  regular: fontFile("400Regular", "400Regular"),
  italic: fontFile("400Regular_Italic", "400Regular_Italic"),
  bold: fontFile("700Bold", "700Bold"),
} as const;

export type PdfFont = keyof typeof PDF_FONTS;
