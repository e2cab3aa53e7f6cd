import type { Locale } from "./locales";

/** Every date the app shows is in Danish time, whatever the server's or browser's zone. */
export const TIME_ZONE = "Europe/Copenhagen";

const INTL_LOCALE: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

// Building an Intl.DateTimeFormat costs far more than formatting with one (it was a quarter of the
// leaders-of-leaders overview's server time, docs/performance.md), so each is built once and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    formatters.set(key, cached);
  }
  return cached;
}

/** e.g. "28. november 2026" / "28 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(INTL_LOCALE[locale], { dateStyle: "long" }).format(date);
}

/** e.g. "28. november 2026 kl. 14.30" / "28 November 2026 at 14:30". */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatter(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short" }).format(date);
}

/**
 * A calendar date the leader chose ("2026-12-15", a local date in Denmark) in words. Noon UTC is the
 * same date in Copenhagen all year, so the zone cannot move it to the day before or after.
 */
export function formatLocalDate(localDate: string, locale: Locale): string {
  return formatDate(new Date(`${localDate}T12:00:00Z`), locale);
}

/** Today's date in Denmark as "YYYY-MM-DD" (the server may run in any zone). */
export function localDateInDenmark(now: Date = new Date()): string {
  return formatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The time in Denmark now as "HH:MM" (24-hour), to compare with a wall time the app stores. */
export function localTimeInDenmark(now: Date = new Date()): string {
  return formatter("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(now);
}

/** Whether a Danish wall time ("YYYY-MM-DD", "HH:MM") has come. */
export function isWallTimeReached(date: string, time: string, now: Date = new Date()): boolean {
  return `${date} ${time}` <= `${localDateInDenmark(now)} ${localTimeInDenmark(now)}`;
}

/** Adds whole days to a "YYYY-MM-DD" date. */
export function addDaysToLocalDate(localDate: string, days: number): string {
  const date = new Date(`${localDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a "YYYY-MM-DD" date is in (Danish weeks start on Monday). */
export function mondayOfLocalDate(localDate: string): string {
  const weekday = new Date(`${localDate}T12:00:00Z`).getUTCDay();
  return addDaysToLocalDate(localDate, -((weekday + 6) % 7));
}
