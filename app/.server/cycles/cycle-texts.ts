import { sql } from "kysely";
import type { Executor } from "../db/database";
import type { Cycle } from "../db/tables/cycles.table";
import { nowDbTime } from "../db/time";

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
