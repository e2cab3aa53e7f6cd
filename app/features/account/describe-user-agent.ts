/** A browser and system named from a fixed list, for "a sign-in from Firefox on macOS". */
export interface DeviceDescription {
  browser: string;
  os: string | null;
}

// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", and iOS says "Mac OS X".
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\b(OPR|Opera)\//, "Opera"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(Chrome|CriOS|Chromium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, "Windows"],
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

/**
 * Only names from the lists above ever reach a mail or a page: the header is the sender's to choose,
 * so its own words (a link, a message) are never repeated. null when no browser is recognised.
 */
export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return null;
  return { browser, os: SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null };
}
