import type { Locale } from "./locales";

/** Every date the app shows is in Danish time, whatever the server's or browser's zone. */
export const TIME_ZONE = "Europe/Copenhagen";

const INTL_LOCALE: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

/** e.g. "28. november 2026" / "28 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: TIME_ZONE }).format(
    date,
  );
}

/** e.g. "28. november 2026 kl. 14.30" / "28 November 2026 at 14:30". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(date);
}
