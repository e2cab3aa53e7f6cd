import { mergeNotes } from "~/dialogues/merge-notes";
import { NOTES_MAX_LENGTH } from "~/schemas/meeting";
import type { DB } from "../db/database";
import type { Dialogue } from "../db/tables/dialogues.table";
import { nowDbTime } from "../db/time";

export interface DialogueNotes {
  body: string;
  /** 0 before the first save; one more with every save. */
  version: number;
}

export type SaveNotesResult =
  | { status: "saved" | "merged"; notes: DialogueNotes }
  | { status: "conflict"; notes: DialogueNotes };

export async function findDialogueNotes(db: DB, dialogueId: string): Promise<DialogueNotes> {
  const row = await db
    .selectFrom("dialogue_notes")
    .select(["body", "version"])
    .where("dialogue_id", "=", dialogueId)
    .executeTakeFirst();
  return row ? { body: row.body, version: Number(row.version) } : { body: "", version: 0 };
}

/**
 * Saves the meeting notes without ever silently overwriting the other person: the save names the
 * version it started from. If someone saved in between, the three texts are merged (merge-notes.ts);
 * if they changed the same lines, nothing is saved and the caller shows both texts. Each write is
 * conditional on the version it read, so two saves at the same moment cannot both win.
 */
export async function saveDialogueNotes(
  db: DB,
  options: {
    dialogue: Pick<Dialogue, "id" | "organisation_id">;
    userId: string;
    base: DialogueNotes;
    body: string;
  },
): Promise<SaveNotesResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await findDialogueNotes(db, options.dialogue.id);
    let body = options.body;
    let status: "saved" | "merged" = "saved";
    if (current.version !== options.base.version) {
      const merge = mergeNotes(options.base.body, current.body, options.body);
      // Too long together is shown like a conflict: the person decides what to keep.
      if (!merge.ok || merge.body.length > NOTES_MAX_LENGTH) return { status: "conflict", notes: current };
      body = merge.body;
      status = "merged";
    }
    const next = { body, version: current.version + 1 };
    if (await writeIfUnchanged(db, options, current.version, next)) return { status, notes: next };
  }
  // Five saves in between in a moment: let the person try again rather than guess.
  return { status: "conflict", notes: await findDialogueNotes(db, options.dialogue.id) };
}

async function writeIfUnchanged(
  db: DB,
  options: { dialogue: Pick<Dialogue, "id" | "organisation_id">; userId: string },
  readVersion: number,
  next: DialogueNotes,
): Promise<boolean> {
  const now = nowDbTime();
  if (readVersion === 0) {
    const inserted = await db
      .insertInto("dialogue_notes")
      .values({
        dialogue_id: options.dialogue.id,
        organisation_id: options.dialogue.organisation_id,
        body: next.body,
        version: next.version,
        updated_by: options.userId,
        updated_at: now,
      })
      .onConflict((oc) => oc.column("dialogue_id").doNothing())
      .returning("dialogue_id")
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable("dialogue_notes")
    .set({ body: next.body, version: next.version, updated_by: options.userId, updated_at: now })
    .where("dialogue_id", "=", options.dialogue.id)
    .where("version", "=", readVersion)
    .returning("dialogue_id")
    .executeTakeFirst();
  return updated !== undefined;
}
