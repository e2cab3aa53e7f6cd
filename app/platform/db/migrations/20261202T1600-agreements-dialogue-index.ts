import { type Kysely, sql } from "kysely";

// Frozen in time. The home page of everyone who is someone's nearest leader lists the agreements
// he carries out, found from his dialogues to their agreements. Without an index on the agreements'
// dialogue SQLite planned it as a scan of every cycle (324 ms at 100,000 leaders, on every home
// page; issue 16's review). Partial: most agreements belong to no dialogue, and a full index's
// statistics then told the planner the index was useless.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("agreements_dialogue_idx")
    .on("agreements")
    .column("dialogue_id")
    .where(sql.ref("dialogue_id"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("agreements_dialogue_idx").execute();
}
