import type { AppServices } from "~/platform/context/context.server";
import { reminderKey } from "./due-reminder.server";
import { findDueReminders } from "./find-due-reminders.server";
import { claimReminder, markReminderSent, releaseReminderClaim } from "./reminder-deliveries.server";
import { sendReminderMail } from "./send-reminder-mail.server";

export interface ReminderRunResult {
  /** Mails this run sent. */
  sent: number;
  /** Mails that failed; their claims were released, so a later run tries again. */
  failed: number;
}

/**
 * One reminder run (a scheduler tick): find what is due at `now`, and for each reminder claim it,
 * send it and mark it sent. Safe to run in several processes at once: only the one whose claim wins
 * sends. A failed send gives its claim back and is logged; the run goes on with the rest.
 */
export async function runReminders(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: { now: Date },
): Promise<ReminderRunResult> {
  const { db, log } = services;
  const result: ReminderRunResult = { sent: 0, failed: 0 };
  for (const reminder of await findDueReminders(db, options)) {
    const key = reminderKey(reminder);
    const claimId = await claimReminder(db, key);
    if (claimId === null) continue;
    try {
      await sendReminderMail(services, reminder);
    } catch (error) {
      result.failed += 1;
      // Ids only: the mail's address and text stay out of the logs.
      log.error({ err: error, ...key }, "reminder mail failed; it will be tried again");
      await releaseReminderClaim(db, key, claimId);
      continue;
    }
    await markReminderSent(db, key, claimId);
    result.sent += 1;
  }
  return result;
}
