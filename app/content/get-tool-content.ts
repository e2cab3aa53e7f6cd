import { toolContentDa, toolContentEn } from "./tool-content";
import type { ToolContent } from "./tool-types";

/**
 * The tool's content in each language it is written in. app/content is the lowest layer and does
 * not import app/i18n: a caller passes its `Locale`, and the type checker refuses a locale that
 * has no content here.
 */
const TOOL_CONTENT = { da: toolContentDa, en: toolContentEn } as const satisfies Record<string, ToolContent>;

/**
 * Loaders hand the tool's content to pages as data in one language, so the browser never downloads
 * both languages' copy of the tool as JavaScript.
 */
export function getToolContent(locale: keyof typeof TOOL_CONTENT): ToolContent {
  return TOOL_CONTENT[locale];
}

/** "Fortæl din leder …", but "Aftal, hvornår …": the seed's bullets glue the verb to punctuation. */
export function joinLead(lead: string, text: string): string {
  return /^[,.;:]/.test(text) ? `${lead}${text}` : `${lead} ${text}`;
}
