import type { Agreement } from "~/features/agreements/agreement";
import type { Recurrence } from "~/platform/db/column-values/agreement-types";
import { localDateInDenmark } from "~/platform/time/local-date";
import { stepDate } from "~/platform/time/rhythm";

/**
 * Tick-off follows the agreement (issue 15, item 9): a repeating agreement is asked about once per
 * repeat ("i dag", "denne uge", "disse 14 dage", "denne måned", "dette kvartal"), each period
 * starting on one of its dates from the rhythm module, and nothing is counted before its first
 * date. A one-off or undated agreement is asked "Er den gjort?"; one that is no longer active is
 * not asked at all.
 */
export const CHECK_PERIOD_NAMES = {
  daily: "day",
  weekly: "week",
  biweekly: "fortnight",
  monthly: "month",
  quarterly: "quarter",
} as const satisfies Record<Recurrence, string>;
export type CheckPeriodName = (typeof CHECK_PERIOD_NAMES)[Recurrence];

export type TickOff =
  /** Completed or dropped: nothing to ask. */
  | { kind: "closed" }
  /** Once, or without a date: "Er den gjort?". */
  | { kind: "once" }
  /** Repeating, but its first date has not come yet. */
  | { kind: "notStarted"; period: CheckPeriodName; startsOn: string }
  /** Repeating and begun: `current` is the start of the period asked about now. */
  | { kind: "periodic"; period: CheckPeriodName; current: string };

type TickOffAgreement = Pick<Agreement, "status" | "recurrence" | "followUpDate">;

export function tickOffFor(agreement: TickOffAgreement, now: Date = new Date()): TickOff {
  if (agreement.status !== "active") return { kind: "closed" };
  const { recurrence, followUpDate } = agreement;
  if (recurrence === null || followUpDate === null) return { kind: "once" };
  const period = CHECK_PERIOD_NAMES[recurrence];
  const starts = checkPeriodStarts(agreement, Number.POSITIVE_INFINITY, now);
  const current = starts.at(-1);
  return current
    ? { kind: "periodic", period, current }
    : { kind: "notStarted", period, startsOn: followUpDate };
}

/**
 * The starts of the agreement's periods up to now, oldest first, at most the last `count`: empty
 * before its first date and for one that does not repeat. A month without the repeat's day (the
 * 30th in February) has no period of its own; the one before it lasts until the next.
 */
export function checkPeriodStarts(
  agreement: Pick<Agreement, "recurrence" | "followUpDate">,
  count: number,
  now: Date = new Date(),
): string[] {
  const { recurrence, followUpDate } = agreement;
  if (recurrence === null || followUpDate === null) return [];
  const today = localDateInDenmark(now);
  const starts: string[] = [];
  // Months the repeat skips return null; a run of them is at most a few steps, never endless.
  for (let n = 0, skipped = 0; skipped < 4; n += 1) {
    const date = stepDate(recurrence, followUpDate, n);
    if (date === null) {
      skipped += 1;
      continue;
    }
    if (date > today) break;
    skipped = 0;
    starts.push(date);
    if (starts.length > count) starts.shift();
  }
  return starts;
}

/** The period (by its start) a recorded date belongs to, or null when it is before the first. */
export function periodOfDate(starts: string[], date: string): string | null {
  let found: string | null = null;
  for (const start of starts) {
    if (start <= date) found = start;
    else break;
  }
  return found;
}
