export const LOCALES = ["da", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** Danish first: the tool, its users and its publisher are Danish. */
export const DEFAULT_LOCALE: Locale = "da";
export const LOCALE_COOKIE = "lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
