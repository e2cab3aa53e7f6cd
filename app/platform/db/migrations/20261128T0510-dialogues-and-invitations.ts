import type { Kysely } from "kysely";

// Frozen in time. A dialogue between a leader and their nearest leader (step 3), and the single-use
// invitation that brings the nearest leader in. Times are the Danish wall time the leader chose.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("dialogues")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("cycle_id", "text", (col) => col.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("nearest_leader_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("starts_on", "text", (col) => col.notNull())
    .addColumn("starts_at", "text", (col) => col.notNull())
    .addColumn("duration_minutes", "integer", (col) => col.notNull())
    .addColumn("location", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("dialogues_leader_idx").on("dialogues").column("leader_id").execute();
  await db.schema
    .createIndex("dialogues_nearest_leader_idx")
    .on("dialogues")
    .column("nearest_leader_id")
    .execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("dialogue_id", "text", (col) => col.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .addColumn("used_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("invitations").execute();
  await db.schema.dropTable("dialogues").execute();
}
