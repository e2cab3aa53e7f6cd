import type { Kysely } from "kysely";

// Frozen in time. An organisation's units as a tree (forvaltning → afdeling → team), and each
// person's unit.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("units")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("parent_id", "text", (col) => col.references("units.id"))
    .addColumn("name", "text", (col) => col.notNull())
    // The names from the top down, joined by " / ": unique within an organisation.
    .addColumn("path", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("units_organisation_path_unique", ["organisation_id", "path"])
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("unit_id", "text", (col) => col.references("units.id"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("unit_id").execute();
  await db.schema.dropTable("units").execute();
}
