import { ICalEventRepeatingFreq, type ICalRepeatingOptions } from "ical-generator";
import type { FollowUpRhythm } from "~/dialogues/follow-up-rhythms";
import { addDaysToLocalDate } from "~/i18n/format-date";
import type { Executor } from "../db/database";
import { newId } from "../db/ids";
import type { Dialogue } from "../db/tables/dialogues.table";
import { nowDbTime } from "../db/time";

/**
 * The follow-up rhythms the tool suggests: short dialogues every 14 days, the last five minutes of
 * a weekly meeting, a quarterly dialogue. Each is booked for about a quarter to a year ahead.
 */
export const FOLLOW_UP_PLANS: Record<
  FollowUpRhythm,
  {
    minutes: number;
    count: number;
    repeating: ICalRepeatingOptions;
    nextDate: (date: string, n: number) => string | null;
  }
> = {
  biweekly: {
    minutes: 15,
    count: 6,
    repeating: { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2, count: 6 },
    nextDate: (date, n) => addDaysToLocalDate(date, 14 * n),
  },
  weeklyMeeting: {
    minutes: 5,
    count: 12,
    repeating: { freq: ICalEventRepeatingFreq.WEEKLY, count: 12 },
    nextDate: (date, n) => addDaysToLocalDate(date, 7 * n),
  },
  quarterly: {
    minutes: 45,
    count: 4,
    repeating: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3, count: 4 },
    nextDate: (date, n) => addMonthsToLocalDate(date, 3 * n),
  },
};

/**
 * Books the follow-up dialogues as one series: a row per occurrence (each gets its own agenda and
 * notes, and so a history), with the same two people, time and place.
 */
export async function bookFollowUpDialogues(
  db: Executor,
  options: {
    dialogue: Pick<Dialogue, "organisation_id" | "cycle_id" | "leader_id" | "nearest_leader_id">;
    rhythm: FollowUpRhythm;
    startsOn: string;
    startsAt: string;
    location: string;
  },
): Promise<{ seriesId: string; dialogues: Dialogue[] }> {
  const plan = FOLLOW_UP_PLANS[options.rhythm];
  const seriesId = newId();
  const now = nowDbTime();
  const dialogues: Dialogue[] = [];
  // Like an iCalendar COUNT, dates that do not exist (the 31st in June) are skipped, not counted.
  for (let n = 0; dialogues.length < plan.count && n < plan.count * 3; n++) {
    const startsOn = plan.nextDate(options.startsOn, n);
    if (!startsOn) continue;
    dialogues.push({
      id: newId(),
      organisation_id: options.dialogue.organisation_id,
      cycle_id: options.dialogue.cycle_id,
      leader_id: options.dialogue.leader_id,
      nearest_leader_id: options.dialogue.nearest_leader_id,
      starts_on: startsOn,
      starts_at: options.startsAt,
      duration_minutes: plan.minutes,
      location: options.location,
      status: "accepted",
      series_id: seriesId,
      rhythm: options.rhythm,
      started_at: null,
      created_at: now,
      updated_at: now,
    });
  }
  await db.insertInto("dialogues").values(dialogues).execute();
  return { seriesId, dialogues };
}

/**
 * Months later on the same day, or null when that month has no such day (the 31st in June): the
 * way an iCalendar monthly rule skips it, so the rows and the calendar agree.
 */
export function addMonthsToLocalDate(localDate: string, months: number): string | null {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, day, 12));
  if (target.getUTCDate() !== day) return null;
  return target.toISOString().slice(0, 10);
}
