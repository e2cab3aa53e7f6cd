import type { ConflictMarkers } from "~/features/cycles/merge-texts";
import {
  formatSaveIds,
  type MergedSave,
  parseSaveIds,
  saveMerged,
} from "~/features/cycles/save-merged.server";
import { NOTES_MAX_LENGTH } from "~/features/dialogue/meeting.schema";
import type { DB } from "~/platform/db/database.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { nowDbTime } from "~/platform/db/time.server";

export interface DialogueNotes {
  body: string;
  /** 0 before the first save; one more with every save. */
  version: number;
}

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
 * version and text it started from; a save made in between is merged line by line, and lines both
 * changed are kept in both versions, marked (save-merged.server.ts). A save sent again is not merged twice.
 */
export async function saveDialogueNotes(
  db: DB,
  options: {
    dialogue: Pick<Dialogue, "id" | "organisation_id">;
    userId: string;
    base: DialogueNotes;
    body: string;
    saveId?: string;
    markers?: ConflictMarkers;
  },
): Promise<MergedSave | { status: "tooLong" } | { status: "busy" }> {
  const { dialogue, userId } = options;
  return saveMerged(
    {
      read: async () => {
        const row = await db
          .selectFrom("dialogue_notes")
          .select(["body", "version", "recent_save_ids"])
          .where("dialogue_id", "=", dialogue.id)
          .executeTakeFirst();
        return row
          ? { body: row.body, version: Number(row.version), recentSaveIds: parseSaveIds(row.recent_save_ids) }
          : { body: "", version: 0, recentSaveIds: [] };
      },
      write: async (readVersion, next) => {
        const values = {
          body: next.body,
          version: next.version,
          recent_save_ids: formatSaveIds(next.recentSaveIds),
          updated_by: userId,
          updated_at: nowDbTime(),
        };
        const written =
          readVersion === 0
            ? await db
                .insertInto("dialogue_notes")
                .values({ dialogue_id: dialogue.id, organisation_id: dialogue.organisation_id, ...values })
                .onConflict((oc) => oc.column("dialogue_id").doNothing())
                .returning("dialogue_id")
                .executeTakeFirst()
            : await db
                .updateTable("dialogue_notes")
                .set(values)
                .where("dialogue_id", "=", dialogue.id)
                .where("version", "=", readVersion)
                .returning("dialogue_id")
                .executeTakeFirst();
        return written !== undefined;
      },
    },
    {
      base: options.base,
      body: options.body,
      saveId: options.saveId,
      markers: options.markers,
      maxLength: NOTES_MAX_LENGTH,
    },
  );
}
