import { addDaysToLocalDate, localDateInDenmark, mondayOfLocalDate } from "~/time/local-date";
import type { Recurrence } from "./agreement-types";

/**
 * A daily agreement is ticked off per day; every other agreement per week (dated by its Monday):
 * "did I keep it today / this week?".
 */
export function isCheckedDaily(recurrence: Recurrence | null): boolean {
  return recurrence === "daily";
}

export function currentCheckPeriod(recurrence: Recurrence | null, now: Date = new Date()): string {
  const today = localDateInDenmark(now);
  return isCheckedDaily(recurrence) ? today : mondayOfLocalDate(today);
}

/** The last `count` periods, oldest first, ending with the current one. */
export function recentCheckPeriods(
  recurrence: Recurrence | null,
  count: number,
  now: Date = new Date(),
): string[] {
  const current = currentCheckPeriod(recurrence, now);
  const step = isCheckedDaily(recurrence) ? 1 : 7;
  return Array.from({ length: count }, (_, index) =>
    addDaysToLocalDate(current, -(count - 1 - index) * step),
  );
}
