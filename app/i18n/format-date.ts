import { TIME_ZONE } from "~/platform/time/local-date";
import type { Locale } from "./locales";

// Every date the app shows is in Danish time, whatever the server's or browser's zone. The zone
// and every computation on Danish dates live in ~/time/local-date; this file only writes dates out.
// TIME_ZONE is passed on for the calendar files, which name the zone and compute nothing.
export { TIME_ZONE };

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

/**
 * A wall time the leader chose ("14:30", Danish time, as an `<input type="time">` gives it) the way
 * the language writes it: "14.30" in Danish, "14:30" in English. The catalogs ask for it as
 * `{{time, wallTime}}` (create-i18n.ts), so no text shows "kl. 14:30" beside "kl. 14.30" (issue 15).
 */
export function formatWallTime(wallTime: string, locale: Locale): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(wallTime);
  if (!match) return wallTime;
  // A wall time has no zone: formatted as UTC, no zone can move it.
  let cached = wallTimeFormatters.get(locale);
  if (!cached) {
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone: "UTC" });
    wallTimeFormatters.set(locale, cached);
  }
  return cached.format(new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))));
}
const wallTimeFormatters = new Map<Locale, Intl.DateTimeFormat>();

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A count as the language writes it: "5.100" in Danish, "5,100" in English (`{{count, number}}`). */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
