import { isMonthEndRepeat, RHYTHMS, type RhythmName } from "~/platform/time/rhythm";

/**
 * The iCalendar RRULE of a repeat that starts on `first`: the same dates as `occurrenceDates`.
 * A monthly repeat from a month's last day (29th–31st) is BYMONTHDAY=-1, the months' last days.
 */
export function rhythmRrule(name: RhythmName, first: string, options: { count?: number } = {}): string {
  const { freq, interval } = RHYTHMS[name];
  const parts = [`FREQ=${freq}`];
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  if (options.count !== undefined) parts.push(`COUNT=${options.count}`);
  if (isMonthEndRepeat(name, first)) parts.push("BYMONTHDAY=-1");
  return `RRULE:${parts.join(";")}`;
}
