/**
 * The reminder mails (issue 4, item 6), each with its own unsubscribe link:
 * - dialoguePrepare: the day before a dialogue, to both people, to prepare;
 * - followUpDue: on the day an agreement's follow-up (or its next repeat) falls, to the leader;
 * - followUpOverdue: a one-off follow-up two days past without a tick, to the leader.
 */
export const REMINDER_KINDS = ["dialoguePrepare", "followUpDue", "followUpOverdue"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === "string" && (REMINDER_KINDS as readonly string[]).includes(value);
}
