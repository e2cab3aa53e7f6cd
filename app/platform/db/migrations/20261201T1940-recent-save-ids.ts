import type { Kysely } from "kysely";

// Frozen in time. Each autosaved text (cycle_texts) and the dialogue's shared notes remember the ids
// of their last saves (space-separated, newest last), so a save that is sent again because its answer
// never arrived is recognised and not merged in a second time (issue 15: lines stood twice).

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["cycle_texts", "dialogue_notes"]) {
    await db.schema
      .alterTable(table)
      .addColumn("recent_save_ids", "text", (column) => column.notNull().defaultTo(""))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["cycle_texts", "dialogue_notes"]) {
    await db.schema.alterTable(table).dropColumn("recent_save_ids").execute();
  }
}
