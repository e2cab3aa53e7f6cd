import type { Kysely } from "kysely";

// Frozen in time. The leaders-of-leaders overview and the figures look people up by their nearest
// leader; without an index that is a scan of every person in the organisation (issue 7).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("users_nearest_leader_idx").on("users").column("nearest_leader_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_nearest_leader_idx").execute();
}
