import type { Executor } from "~/platform/db/database.server";
import { type DueReminder, reminderKey } from "./due-reminder.server";
import { findDueDialogueReminders } from "./find-due-dialogue-reminders.server";
import { findDueFollowUpReminders } from "./find-due-follow-up-reminders.server";
import { listUnsubscribes } from "./mail-unsubscribes.server";
import { listSettledReminderKeys, reminderKeyText } from "./reminder-deliveries.server";

/**
 * Every reminder that is due at `now` (a parameter, so tests and every process agree on the moment)
 * and not yet sent or being sent, leaving out the kinds each recipient has unsubscribed from.
 */
export async function findDueReminders(db: Executor, options: { now: Date }): Promise<DueReminder[]> {
  const due: DueReminder[] = [
    ...(await findDueDialogueReminders(db, options.now)),
    ...(await findDueFollowUpReminders(db, options.now)),
  ];
  if (due.length === 0) return [];
  const unsubscribed = await listUnsubscribes(
    db,
    due.map((reminder) => reminder.recipient.id),
  );
  const settled = await listSettledReminderKeys(
    db,
    due.map((reminder) => reminder.subjectId),
  );
  return due.filter(
    (reminder) =>
      !unsubscribed.has(`${reminder.recipient.id} ${reminder.kind}`) &&
      !settled.has(reminderKeyText(reminderKey(reminder))),
  );
}
