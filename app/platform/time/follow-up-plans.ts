import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";

/**
 * The follow-up rhythms the tool suggests: short dialogues every 14 days, the last five minutes of
 * a weekly meeting, a quarterly dialogue. Each is booked for about a quarter to a year ahead; the
 * dates and the calendar's rule both come from the rhythm module (`~/rhythm/rhythm`).
 */
export const FOLLOW_UP_PLANS: Record<FollowUpRhythm, { minutes: number; count: number }> = {
  biweekly: { minutes: 15, count: 6 },
  weeklyMeeting: { minutes: 5, count: 12 },
  quarterly: { minutes: 45, count: 4 },
};
