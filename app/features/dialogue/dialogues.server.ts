import type { Executor } from "~/platform/db/database.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";

export type DialogueRole = "leader" | "nearestLeader";

export interface DialogueForParticipant {
  dialogue: Dialogue;
  /** Which side of the dialogue the user is on: what they may see follows from it. */
  role: DialogueRole;
  leaderName: string;
  nearestLeaderName: string | null;
}

/**
 * A dialogue, only for its two participants (the leader, and the nearest leader once they have
 * accepted); anyone else gets undefined, which the routes answer with 404. Cancelled ones are gone.
 */
export async function findDialogueForParticipant(
  db: Executor,
  options: { dialogueId: string; userId: string },
): Promise<DialogueForParticipant | undefined> {
  const row = await participantsDialogue(db, options)
    .leftJoin("users as nearest", "nearest.id", "dialogues.nearest_leader_id")
    .selectAll("dialogues")
    .select(["leader.name as leader_name", "nearest.name as nearest_leader_name"])
    .where("dialogues.status", "!=", "cancelled")
    .executeTakeFirst();
  if (!row) return undefined;
  const { leader_name, nearest_leader_name, ...dialogue } = row;
  return {
    dialogue,
    role: dialogue.leader_id === options.userId ? "leader" : "nearestLeader",
    leaderName: leader_name,
    nearestLeaderName: nearest_leader_name,
  };
}

/**
 * Whether the dialogue was one of this person's and has been cancelled: its old link (a mail, a
 * calendar entry) then says so instead of "Siden findes ikke" (review of issue 15). Anyone else
 * learns nothing: for them it is the same 404 as a made-up id.
 */
export async function isCancelledDialogueOf(
  db: Executor,
  options: { dialogueId: string; userId: string },
): Promise<boolean> {
  const row = await participantsDialogue(db, options)
    .select("dialogues.id")
    .where("dialogues.status", "=", "cancelled")
    .executeTakeFirst();
  return row !== undefined;
}

/** The dialogue by id, if this person is one of its two participants (any status). */
function participantsDialogue(db: Executor, options: { dialogueId: string; userId: string }) {
  return (
    db
      .selectFrom("dialogues")
      .innerJoin("users as leader", "leader.id", "dialogues.leader_id")
      .where("dialogues.id", "=", options.dialogueId)
      // The nearest leader only while they hold her dialogues: when someone else accepts the leader's
      // invitation, the old one loses every dialogue at once. The reporting line (nearest_leader_id,
      // which an import may change) gives nobody access (decision 029).
      .where((eb) =>
        eb.or([
          eb("dialogues.leader_id", "=", options.userId),
          eb.and([
            eb("dialogues.nearest_leader_id", "=", options.userId),
            eb("leader.accepted_nearest_leader_id", "=", options.userId),
          ]),
        ]),
      )
  );
}

/** The dialogue the leader invited to in this cycle (not the follow-ups booked after it). */
export async function findInvitedDialogue(db: Executor, cycleId: string): Promise<Dialogue | undefined> {
  return db
    .selectFrom("dialogues")
    .selectAll()
    .where("cycle_id", "=", cycleId)
    .where("status", "!=", "cancelled")
    .where("rhythm", "is", null)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
}

/** All dialogues of a cycle in time order: the history both participants see. */
export async function listCycleDialogues(db: Executor, cycleId: string): Promise<Dialogue[]> {
  return db
    .selectFrom("dialogues")
    .selectAll()
    .where("cycle_id", "=", cycleId)
    .where("status", "!=", "cancelled")
    .orderBy("starts_on")
    .orderBy("starts_at")
    .execute();
}

/** The first dialogue of a follow-up series: where its calendar rule starts. */
export async function findFirstOfSeries(db: Executor, seriesId: string): Promise<Dialogue | undefined> {
  return db
    .selectFrom("dialogues")
    .selectAll()
    .where("series_id", "=", seriesId)
    .orderBy("starts_on")
    .orderBy("starts_at")
    .executeTakeFirst();
}
