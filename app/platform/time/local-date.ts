/**
 * Danish local dates and times in one place: the date "today" is in Denmark, days added to a date,
 * its week's Monday, a month's length, and the instant a Danish wall-clock time names. A local date
 * is "YYYY-MM-DD" in Europe/Copenhagen, whatever zone the server or the browser runs in; the
 * arithmetic is done on the calendar (noon or midnight UTC stands for the day), never with the
 * server's zone, so no daylight-saving change can move a date by one.
 */

/** The app's one time zone: every date it shows or computes is Danish. */
export const TIME_ZONE = "Europe/Copenhagen";

const dateInDenmark = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Danish date of an instant as "YYYY-MM-DD"; today's by default. */
export function localDateInDenmark(now: Date = new Date()): string {
  return dateInDenmark.format(now);
}

/** Adds whole days to a "YYYY-MM-DD" date (negative days go back). */
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

/** Whole days from one "YYYY-MM-DD" date to another (negative when `to` comes first). */
export function daysBetweenLocalDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The days in a month (1–12) of a year: 28 or 29 for February. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year, month (1–12) and day of a "YYYY-MM-DD" date. */
export function splitLocalDate(localDate: string): [number, number, number] {
  return localDate.split("-").map(Number) as [number, number, number];
}

/** Whether a text is a date that exists, written "YYYY-MM-DD" (not 2026-02-30, not 2026-2-3). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Danish time is ahead of UTC at an instant: one hour in winter, two in summer. */
function copenhagenOffsetMs(instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const wallAsUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a Danish wall-clock time names ("2026-03-29", "09:00" → 07:00 UTC), whatever zone the
 * server runs in. Unlike `copenhagenWallTime` (a zone-less value for calendar files), this is a real
 * moment to compare with "now". A time the clocks skip in spring (02:30 on the last Sunday of March)
 * comes out an hour later; a time that happens twice in autumn, as its second (winter) moment.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive)) throw new Error(`Not a Danish date and time: "${date}" "${time}"`);
  // The offset depends on the instant we are looking for; a second pass settles it across a change.
  const guess = naive - copenhagenOffsetMs(naive);
  return new Date(naive - copenhagenOffsetMs(guess));
}

/** The time in Denmark now as "HH:MM" (24-hour), to compare with a wall time the app stores. */
export function localTimeInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(now);
}

/** Whether a Danish wall time ("YYYY-MM-DD", "HH:MM") has come. */
export function isWallTimeReached(date: string, time: string, now: Date = new Date()): boolean {
  return `${date} ${time}` <= `${localDateInDenmark(now)} ${localTimeInDenmark(now)}`;
}
