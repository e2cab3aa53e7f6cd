import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n/locales";
import type { ReminderKind } from "~/platform/db/tables/reminder-kinds";

/** What makes a reminder the same reminder in every process: the primary key of reminder_deliveries. */
export interface ReminderKey {
  kind: ReminderKind;
  subjectId: string;
  userId: string;
  occurrence: string;
}

export interface ReminderRecipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

interface DueReminderBase {
  /** A dialogue's id (dialoguePrepare) or an agreement's id. */
  subjectId: string;
  occurrence: string;
  recipient: ReminderRecipient;
}

/** Only what both people may see: when and where. Never the leader's own texts. */
export interface DialogueReminder extends DueReminderBase {
  kind: "dialoguePrepare";
  role: "leader" | "nearestLeader";
  dialogue: { id: string; startsOn: string; startsAt: string; location: string; leaderName: string };
}

/** Sent only to the leader who wrote the agreement, so it may quote it. */
export interface FollowUpReminder extends DueReminderBase {
  kind: "followUpDue" | "followUpOverdue";
  agreement: { id: string; text: string; followUpDate: string };
}

export type DueReminder = DialogueReminder | FollowUpReminder;

export function reminderKey(reminder: DueReminder): ReminderKey {
  return {
    kind: reminder.kind,
    subjectId: reminder.subjectId,
    userId: reminder.recipient.id,
    occurrence: reminder.occurrence,
  };
}

/** A user row as a recipient: mail in their own language setting, Danish when they have none. */
export function toRecipient(user: {
  id: string;
  email: string;
  name: string;
  locale: string | null;
}): ReminderRecipient {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
  };
}
