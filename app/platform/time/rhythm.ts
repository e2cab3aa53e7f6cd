import type { Recurrence } from "~/platform/db/column-values/agreement-types";
import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";
import {
  addDaysToLocalDate,
  daysBetweenLocalDates,
  daysInMonth,
  splitLocalDate as splitDate,
} from "~/platform/time/local-date";

/**
 * How things repeat — an agreement's follow-up, a series of follow-up dialogues — in one place:
 * the dates the app lists and reminds of, and (in `platform/time/rhythm-rrule.server.ts`) the RRULE that
 * calendars get, so the two can never disagree (issue 14, finding 3).
 *
 * A monthly or quarterly repeat keeps its day of the month. One that starts on the last day of a
 * month from the 29th on stays on the month's last day (BYMONTHDAY=-1): monthly from 31 January is
 * 28 February, 31 March, 30 April — never 31 March, 31 May, as RFC 5545's plain rule would have it.
 * A start on the 29th or 30th that is not its month's end keeps that day, and a month without it
 * (only February) is skipped, as every calendar program does with that rule: "that day or the last
 * day" has no RRULE that calendars agree on (ical.js ignores BYSETPOS with BYMONTHDAY).
 */
export type RhythmName = Recurrence | FollowUpRhythm;

export interface Rhythm {
  freq: "DAILY" | "WEEKLY" | "MONTHLY";
  interval: number;
}

export const RHYTHMS: Record<RhythmName, Rhythm> = {
  daily: { freq: "DAILY", interval: 1 },
  weekly: { freq: "WEEKLY", interval: 1 },
  weeklyMeeting: { freq: "WEEKLY", interval: 1 },
  biweekly: { freq: "WEEKLY", interval: 2 },
  monthly: { freq: "MONTHLY", interval: 1 },
  quarterly: { freq: "MONTHLY", interval: 3 },
};

/** From this day of the month on, a start on the month's last day means "the last day of the month". */
const FIRST_MONTH_END_DAY = 29;

const DAYS_PER_STEP = { DAILY: 1, WEEKLY: 7 } as const;

/** Whether a monthly repeat from `first` follows the months' last days (BYMONTHDAY=-1). */
export function isMonthEndRepeat(name: RhythmName, first: string): boolean {
  const [year, month, day] = splitDate(first);
  return RHYTHMS[name].freq === "MONTHLY" && day >= FIRST_MONTH_END_DAY && day === daysInMonth(year, month);
}

/**
 * The date `n` steps after `first` (0 is `first` itself) as "YYYY-MM-DD", or null for a month
 * without the repeat's day (the 30th in February), which is skipped.
 */
export function stepDate(name: RhythmName, first: string, n: number): string | null {
  const { freq, interval } = RHYTHMS[name];
  if (freq !== "MONTHLY") return addDaysToLocalDate(first, DAYS_PER_STEP[freq] * interval * n);
  const [year, month, day] = splitDate(first);
  const monthIndex = month - 1 + interval * n;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  const targetDay = isMonthEndRepeat(name, first) ? lastDay : day;
  if (targetDay > lastDay) return null;
  return `${targetYear}-${String(targetMonth).padStart(2, "0")}-${String(targetDay).padStart(2, "0")}`;
}

/** The first `count` occurrences, `first` included; like an iCalendar COUNT, skipped months do not count. */
export function occurrenceDates(name: RhythmName, first: string, count: number): string[] {
  const dates: string[] = [];
  for (let n = 0; dates.length < count; n += 1) {
    const date = stepDate(name, first, n);
    if (date) dates.push(date);
  }
  return dates;
}

/** Whether a repeat that started on `first` falls on `localDate` (never before it starts). */
export function isOccurrenceOn(name: RhythmName, first: string, localDate: string): boolean {
  if (localDate < first) return false;
  const { freq, interval } = RHYTHMS[name];
  if (freq !== "MONTHLY")
    return daysBetweenLocalDates(first, localDate) % (DAYS_PER_STEP[freq] * interval) === 0;
  const [firstYear, firstMonth] = splitDate(first);
  const [year, month] = splitDate(localDate);
  const months = (year - firstYear) * 12 + (month - firstMonth);
  return months % interval === 0 && stepDate(name, first, months / interval) === localDate;
}
