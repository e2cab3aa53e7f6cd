import { sql } from "kysely";
import {
  formatSaveIds,
  type MergedSave,
  parseSaveIds,
  type SaveToMerge,
  saveMerged,
} from "~/features/cycles/save-merged.server";
import type { Executor } from "~/platform/db/database.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { nowDbTime } from "~/platform/db/time.server";

export interface StoredText {
  body: string;
  revision: number;
  updatedAt: string;
}

export async function findCycleTexts(db: Executor, cycleId: string): Promise<Record<string, StoredText>> {
  const rows = await db
    .selectFrom("cycle_texts")
    .select(["text_key", "body", "revision", "updated_at"])
    .where("cycle_id", "=", cycleId)
    .execute();
  return Object.fromEntries(
    rows.map((row) => [
      row.text_key,
      { body: row.body, revision: Number(row.revision), updatedAt: row.updated_at },
    ]),
  );
}

/**
 * Saves one text (insert or replace) and returns its new revision. One statement, so two saves of the
 * same key at once cannot both think they made revision 1.
 */
export async function saveCycleText(
  db: Executor,
  options: { cycle: Pick<Cycle, "id" | "organisation_id">; key: string; body: string },
): Promise<StoredText> {
  const updatedAt = nowDbTime();
  const row = await db
    .insertInto("cycle_texts")
    .values({
      cycle_id: options.cycle.id,
      organisation_id: options.cycle.organisation_id,
      text_key: options.key,
      body: options.body,
      revision: 1,
      updated_at: updatedAt,
    })
    .onConflict((oc) =>
      oc.columns(["cycle_id", "text_key"]).doUpdateSet({
        body: (eb) => eb.ref("excluded.body"),
        updated_at: (eb) => eb.ref("excluded.updated_at"),
        revision: sql<number>`cycle_texts.revision + 1`,
      }),
    )
    .returning(["revision"])
    .executeTakeFirstOrThrow();
  return { body: options.body, revision: Number(row.revision), updatedAt };
}

/**
 * Saves one text from the version the writer started from (`base`): a save made meanwhile in another
 * tab is merged line by line, never overwritten (save-merged.server.ts). Conditional on the revision read.
 */
export async function saveCycleTextFromBase(
  db: Executor,
  options: { cycle: Pick<Cycle, "id" | "organisation_id">; key: string } & SaveToMerge,
): Promise<MergedSave | { status: "tooLong" } | { status: "busy" }> {
  const { cycle, key, ...save } = options;
  return saveMerged(
    {
      read: async () => {
        const row = await db
          .selectFrom("cycle_texts")
          .select(["body", "revision", "recent_save_ids"])
          .where("cycle_id", "=", cycle.id)
          .where("text_key", "=", key)
          .executeTakeFirst();
        return row
          ? {
              body: row.body,
              version: Number(row.revision),
              recentSaveIds: parseSaveIds(row.recent_save_ids),
            }
          : { body: "", version: 0, recentSaveIds: [] };
      },
      write: async (readVersion, next) => {
        const values = {
          body: next.body,
          revision: next.version,
          recent_save_ids: formatSaveIds(next.recentSaveIds),
          updated_at: nowDbTime(),
        };
        const written =
          readVersion === 0
            ? await db
                .insertInto("cycle_texts")
                .values({
                  cycle_id: cycle.id,
                  organisation_id: cycle.organisation_id,
                  text_key: key,
                  ...values,
                })
                .onConflict((oc) => oc.columns(["cycle_id", "text_key"]).doNothing())
                .returning("text_key")
                .executeTakeFirst()
            : await db
                .updateTable("cycle_texts")
                .set(values)
                .where("cycle_id", "=", cycle.id)
                .where("text_key", "=", key)
                .where("revision", "=", readVersion)
                .returning("text_key")
                .executeTakeFirst();
        return written !== undefined;
      },
    },
    save,
  );
}

/** Each text's revision by key: what the page's fields are based on (autosave sends it back). */
export function textRevisions(texts: Record<string, StoredText>): Record<string, number> {
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.revision]));
}
