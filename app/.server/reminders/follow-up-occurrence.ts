import type { Recurrence } from "~/kontrakt/agreement-types";
import { addMonthsToLocalDate } from "../dialogues/follow-up-dialogues";

const DAYS_BETWEEN_REPEATS: Partial<Record<Recurrence, number>> = { daily: 1, weekly: 7, biweekly: 14 };
const MONTHS_BETWEEN_REPEATS: Partial<Record<Recurrence, number>> = { monthly: 1, quarterly: 3 };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Whether a follow-up falls on a Danish date: its own date, or a repeat of it. The rules are those of
 * the RRULEs the leader's calendar gets (RECURRENCE_RULES in calendar/recurrence-rules.ts), so a mail
 * never disagrees with the calendar: a monthly follow-up on the 31st skips the months without a 31st,
 * as RFC 5545 says, rather than moving to the last day.
 */
export function isFollowUpOn(
  followUp: { followUpDate: string; recurrence: Recurrence | null },
  localDate: string,
): boolean {
  const { followUpDate: first, recurrence } = followUp;
  if (localDate < first) return false;
  if (recurrence === null) return localDate === first;
  const everyDays = DAYS_BETWEEN_REPEATS[recurrence];
  if (everyDays !== undefined) return daysBetween(first, localDate) % everyDays === 0;
  const everyMonths = MONTHS_BETWEEN_REPEATS[recurrence] ?? 1;
  const [firstYear, firstMonth] = first.split("-").map(Number);
  const [year, month] = localDate.split("-").map(Number);
  const months = ((year ?? 0) - (firstYear ?? 0)) * 12 + ((month ?? 0) - (firstMonth ?? 0));
  // The same month step that builds follow-up series, so both skip the same short months.
  return months % everyMonths === 0 && addMonthsToLocalDate(first, months) === localDate;
}
