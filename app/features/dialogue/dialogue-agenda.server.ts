import type { DB, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { AgendaItem, AgendaItemStatus, Dialogue } from "~/platform/db/tables/dialogues.table";
import { nowDbTime } from "~/platform/db/time.server";

export async function listAgenda(db: Executor, dialogueId: string): Promise<AgendaItem[]> {
  return db
    .selectFrom("dialogue_agenda_items")
    .selectAll()
    .where("dialogue_id", "=", dialogueId)
    .orderBy("position")
    .execute();
}

/**
 * The leader opens the dialogue: from now on both see its agenda. The agenda starts with the
 * unfinished points of the previous dialogue in this cycle (carried over), then the leader's chosen
 * points. Only the first start seeds it, so opening twice adds nothing twice.
 */
export async function startDialogue(
  db: DB,
  options: {
    dialogue: Pick<
      Dialogue,
      "id" | "organisation_id" | "cycle_id" | "starts_on" | "starts_at" | "nearest_leader_id"
    >;
    points: string[];
  },
): Promise<void> {
  // One transaction: an opened dialogue always has its agenda.
  await db.transaction().execute((tx) => seedAgenda(tx, options));
}

async function seedAgenda(db: Executor, options: Parameters<typeof startDialogue>[1]): Promise<void> {
  const { dialogue } = options;
  const now = nowDbTime();
  const started = await db
    .updateTable("dialogues")
    .set({ started_at: now, updated_at: now })
    .where("id", "=", dialogue.id)
    .where("started_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!started) return;
  const unfinished = await findUnfinishedFromPreviousDialogue(db, dialogue);
  const items = [
    ...unfinished.map((item) => ({ text: item.text, carriedFromId: item.id })),
    ...options.points.map((text) => ({ text, carriedFromId: null })),
  ];
  if (items.length === 0) return;
  await db
    .insertInto("dialogue_agenda_items")
    .values(
      items.map((item, position) => ({
        id: newId(),
        organisation_id: dialogue.organisation_id,
        dialogue_id: dialogue.id,
        text: item.text,
        position,
        status: "open" as const,
        carried_from_id: item.carriedFromId,
        created_at: now,
      })),
    )
    .execute();
}

/**
 * The open items of the latest earlier opened dialogue of the cycle with the same nearest leader:
 * a new nearest leader starts without the previous one's agenda.
 */
async function findUnfinishedFromPreviousDialogue(
  db: Executor,
  dialogue: Pick<Dialogue, "id" | "cycle_id" | "starts_on" | "starts_at" | "nearest_leader_id">,
): Promise<AgendaItem[]> {
  if (dialogue.nearest_leader_id === null) return [];
  const previous = await db
    .selectFrom("dialogues")
    .select("id")
    .where("cycle_id", "=", dialogue.cycle_id)
    .where("nearest_leader_id", "=", dialogue.nearest_leader_id)
    .where("id", "!=", dialogue.id)
    .where("started_at", "is not", null)
    .where("status", "!=", "cancelled")
    .where((eb) =>
      eb.or([
        eb("starts_on", "<", dialogue.starts_on),
        eb.and([eb("starts_on", "=", dialogue.starts_on), eb("starts_at", "<", dialogue.starts_at)]),
      ]),
    )
    .orderBy("starts_on", "desc")
    .orderBy("starts_at", "desc")
    .executeTakeFirst();
  if (!previous) return [];
  return db
    .selectFrom("dialogue_agenda_items")
    .selectAll()
    .where("dialogue_id", "=", previous.id)
    .where("status", "=", "open")
    .orderBy("position")
    .execute();
}

export async function addAgendaItem(
  db: Executor,
  options: { dialogue: Pick<Dialogue, "id" | "organisation_id">; text: string },
): Promise<void> {
  const last = await db
    .selectFrom("dialogue_agenda_items")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("dialogue_id", "=", options.dialogue.id)
    .executeTakeFirst();
  await db
    .insertInto("dialogue_agenda_items")
    .values({
      id: newId(),
      organisation_id: options.dialogue.organisation_id,
      dialogue_id: options.dialogue.id,
      text: options.text,
      position: last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1,
      status: "open",
      carried_from_id: null,
      created_at: nowDbTime(),
    })
    .execute();
}

/** Marks an item of this dialogue done or open again; false when it is not this dialogue's item. */
export async function setAgendaItemStatus(
  db: Executor,
  options: { dialogueId: string; itemId: string; status: AgendaItemStatus },
): Promise<boolean> {
  const updated = await db
    .updateTable("dialogue_agenda_items")
    .set({ status: options.status })
    .where("id", "=", options.itemId)
    .where("dialogue_id", "=", options.dialogueId)
    .returning("id")
    .executeTakeFirst();
  return updated !== undefined;
}
