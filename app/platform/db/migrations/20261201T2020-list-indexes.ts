import type { Kysely } from "kysely";

// Frozen in time. The administrator's lists are read a page at a time (issue 16): people in name
// order, a unit's units in name order, and the people and units counted for one unit. Without
// these indexes every page sorted or scanned the whole organisation first.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("users_organisation_name_idx")
    .on("users")
    .columns(["organisation_id", "name", "id"])
    .execute();
  await db.schema
    .createIndex("units_parent_name_idx")
    .on("units")
    .columns(["organisation_id", "parent_id", "name"])
    .execute();
  await db.schema.createIndex("users_unit_idx").on("users").column("unit_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_unit_idx").execute();
  await db.schema.dropIndex("units_parent_name_idx").execute();
  await db.schema.dropIndex("users_organisation_name_idx").execute();
}
