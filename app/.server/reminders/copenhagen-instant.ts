import { TIME_ZONE } from "~/i18n/format-date";

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
