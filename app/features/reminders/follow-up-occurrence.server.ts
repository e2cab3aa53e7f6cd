import type { Recurrence } from "~/platform/db/column-values/agreement-types";
import { isOccurrenceOn } from "~/platform/time/rhythm";

/**
 * Whether a follow-up falls on a Danish date: its own date, or a repeat of it, by the same rhythm
 * module that gives the leader's calendar its RRULE, so a mail never disagrees with the calendar.
 */
export function isFollowUpOn(
  followUp: { followUpDate: string; recurrence: Recurrence | null },
  localDate: string,
): boolean {
  const { followUpDate: first, recurrence } = followUp;
  if (recurrence === null) return localDate === first;
  return isOccurrenceOn(recurrence, first, localDate);
}
