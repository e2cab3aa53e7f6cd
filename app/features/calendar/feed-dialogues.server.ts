import type { TFunction } from "i18next";
import { href } from "react-router";
import type { Executor } from "~/platform/db/database.server";
import { dialogueEventOptions, loadDialogueCalendar } from "./dialogue-calendar.server";
import type { DialogueEventOptions } from "./render-dialogue-invitation.server";

/**
 * The dialogues and follow-up series in a person's subscription feed: those they lead, and those
 * they hold as the accepted nearest leader (decision 029), one event per UID, as PUBLISH with the
 * same UID and SEQUENCE as the mails. Cancelled ones are left out, so a refresh removes them.
 */
export async function feedDialogueEvents(
  db: Executor,
  options: { userId: string; t: TFunction; publicUrl: URL },
): Promise<DialogueEventOptions[]> {
  const rows = await db
    .selectFrom("dialogues")
    .innerJoin("users as leader", "leader.id", "dialogues.leader_id")
    .selectAll("dialogues")
    .where("dialogues.status", "!=", "cancelled")
    .where((eb) =>
      eb.or([
        eb("dialogues.leader_id", "=", options.userId),
        eb.and([
          eb("dialogues.nearest_leader_id", "=", options.userId),
          eb("leader.accepted_nearest_leader_id", "=", options.userId),
        ]),
      ]),
    )
    .orderBy("dialogues.starts_on")
    .execute();
  const byUid = new Map(rows.map((row) => [row.calendar_uid, row]));
  const events: DialogueEventOptions[] = [];
  for (const row of byUid.values()) {
    const loaded = await loadDialogueCalendar(db, row);
    const isLeader = row.leader_id === options.userId;
    events.push(
      dialogueEventOptions(loaded, {
        t: options.t,
        publicUrl: new URL(href("/dialog/:dialogueId", { dialogueId: row.id }), options.publicUrl),
        method: "PUBLISH",
        otherName: (isLeader ? loaded.nearestLeader?.name : loaded.leader.name) ?? "",
      }),
    );
  }
  return events;
}
