/** How follow-up dialogues recur: a short dialogue every 14 days, the last five minutes of a weekly meeting, or quarterly. */
export const FOLLOW_UP_RHYTHMS = ["biweekly", "weeklyMeeting", "quarterly"] as const;
export type FollowUpRhythm = (typeof FOLLOW_UP_RHYTHMS)[number];
