import { type DialogueCalendar, loadDialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import type { MeetingSide } from "~/features/dialogue/meeting-change-mail.server";
import type { Executor } from "~/platform/db/database.server";
import { localDateInDenmark } from "~/platform/time/local-date";

/**
 * A person's calendar events still ahead (dialogues, invitations not yet accepted and follow-up
 * series; one per UID), each loaded with the SEQUENCE its cancellation will carry, and which side
 * of it the other person is on.
 */
export async function findMeetingsAhead(
  db: Executor,
  userId: string,
  now = new Date(),
): Promise<{ loaded: DialogueCalendar; otherSide: MeetingSide }[]> {
  const rows = await db
    .selectFrom("dialogues")
    .selectAll()
    .where((eb) => eb.or([eb("leader_id", "=", userId), eb("nearest_leader_id", "=", userId)]))
    .where("status", "in", ["invited", "accepted"])
    .where("started_at", "is", null)
    .where("starts_on", ">=", localDateInDenmark(now))
    .orderBy("starts_on")
    .execute();
  const byUid = new Map(rows.map((row) => [row.calendar_uid, row]));
  const meetings = [];
  for (const row of byUid.values()) {
    const loaded = await loadDialogueCalendar(db, {
      ...row,
      calendar_sequence: Number(row.calendar_sequence) + 1,
    });
    const raised = loaded.seriesRows.map((seriesRow) => ({
      ...seriesRow,
      calendar_sequence: Number(seriesRow.calendar_sequence) + 1,
    }));
    meetings.push({
      loaded: { ...loaded, seriesRows: raised },
      otherSide: row.leader_id === userId ? ("invitee" as const) : ("leader" as const),
    });
  }
  return meetings;
}
