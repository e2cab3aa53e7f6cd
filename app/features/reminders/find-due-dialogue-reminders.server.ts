import type { Executor } from "~/platform/db/database.server";
import { fromDbTime } from "~/platform/db/time.server";
import { addDaysToLocalDate, copenhagenInstant, localDateInDenmark } from "~/platform/time/local-date";
import { type DialogueReminder, toRecipient } from "./due-reminder.server";

/**
 * "dialoguePrepare": from the same time of day on the day before a dialogue (Danish time) until it
 * starts, to the leader and, once they have accepted, the nearest leader. A dialogue booked less than
 * a day ahead gets none: its invitation has only just gone out.
 */
export async function findDueDialogueReminders(db: Executor, now: Date): Promise<DialogueReminder[]> {
  const today = localDateInDenmark(now);
  const rows = await db
    .selectFrom("dialogues")
    .innerJoin("cycles", "cycles.id", "dialogues.cycle_id")
    .innerJoin("users as leader", "leader.id", "dialogues.leader_id")
    .leftJoin("users as nearest", "nearest.id", "dialogues.nearest_leader_id")
    .select([
      "dialogues.id",
      "dialogues.starts_on",
      "dialogues.starts_at",
      "dialogues.location",
      "dialogues.created_at",
      "leader.id as leader_id",
      "leader.email as leader_email",
      "leader.name as leader_name",
      "leader.locale as leader_locale",
      "leader.is_active as leader_is_active",
      "leader.accepted_nearest_leader_id as leaders_accepted_nearest_leader_id",
      "nearest.id as nearest_id",
      "nearest.email as nearest_email",
      "nearest.name as nearest_name",
      "nearest.locale as nearest_locale",
      "nearest.is_active as nearest_is_active",
    ])
    .where("cycles.status", "=", "active")
    .where("dialogues.status", "in", ["invited", "accepted"])
    .where("dialogues.starts_on", ">=", today)
    .where("dialogues.starts_on", "<=", addDaysToLocalDate(today, 1))
    .execute();

  return rows.flatMap((row) => {
    const startsAt = copenhagenInstant(row.starts_on, row.starts_at);
    const remindAt = copenhagenInstant(addDaysToLocalDate(row.starts_on, -1), row.starts_at);
    const isDue = remindAt <= now && now < startsAt && fromDbTime(row.created_at) < remindAt;
    if (!isDue) return [];
    const dialogue = {
      id: row.id,
      startsOn: row.starts_on,
      startsAt: row.starts_at,
      location: row.location,
      leaderName: row.leader_name,
    };
    const common = {
      kind: "dialoguePrepare",
      subjectId: row.id,
      occurrence: `${row.starts_on}T${row.starts_at}`,
      dialogue,
    } as const;
    const reminders: DialogueReminder[] = [];
    if (Number(row.leader_is_active) === 1) {
      reminders.push({
        ...common,
        role: "leader",
        recipient: toRecipient({
          id: row.leader_id,
          email: row.leader_email,
          name: row.leader_name,
          locale: row.leader_locale,
        }),
      });
    }
    // Only while they still hold this leader's dialogues: a replaced one gets nothing more, and an
    // import that names someone else changes nothing here (decision 029).
    const isStillNearestLeader =
      row.nearest_id !== null && row.nearest_id === row.leaders_accepted_nearest_leader_id;
    if (
      isStillNearestLeader &&
      row.nearest_id &&
      row.nearest_email &&
      row.nearest_name &&
      Number(row.nearest_is_active) === 1
    ) {
      reminders.push({
        ...common,
        role: "nearestLeader",
        recipient: toRecipient({
          id: row.nearest_id,
          email: row.nearest_email,
          name: row.nearest_name,
          locale: row.nearest_locale,
        }),
      });
    }
    return reminders;
  });
}
