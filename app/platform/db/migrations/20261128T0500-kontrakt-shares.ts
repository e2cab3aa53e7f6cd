import type { Kysely } from "kysely";

// Frozen in time. Which parts of a cycle's kontrakt the leader shares with their nearest leader: a
// row per shared part; no row means private (the default). Revoking deletes the row.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("kontrakt_shares")
    .addColumn("cycle_id", "text", (col) => col.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("part", "text", (col) => col.notNull())
    .addColumn("shared_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("kontrakt_shares_pk", ["cycle_id", "part"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("kontrakt_shares").execute();
}
