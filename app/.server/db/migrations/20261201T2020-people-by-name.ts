import type { Kysely } from "kysely";

// Frozen in time. The administrator's list of people is read a page at a time in name order
// (issue 16): without this index every page sorted the whole organisation first.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("users_organisation_name_idx")
    .on("users")
    .columns(["organisation_id", "name", "id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_organisation_name_idx").execute();
}
