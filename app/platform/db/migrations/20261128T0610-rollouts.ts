import type { Kysely } from "kysely";

// Frozen in time. A record of roll-outs (issue 5): who invited which unit's leaders, when, and how
// it went; and one row per invited leader, so that a later roll-out of the same unit (or a unit
// above it) does not mail them again. The recipient row is also the claim that decides which of two
// simultaneous roll-outs sends the mail: its key is the leader alone.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rollouts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    // A unit may be deleted later; the record keeps its path as it was when the roll-out was sent.
    .addColumn("unit_id", "text", (col) => col.references("units.id").onDelete("set null"))
    .addColumn("unit_path", "text", (col) => col.notNull())
    // A sender who deletes their account leaves the record, without their name.
    .addColumn("sent_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("sent_at", "text", (col) => col.notNull())
    .addColumn("mailed_count", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("skipped_count", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("failed_count", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("rollouts_organisation_sent_idx")
    .on("rollouts")
    .columns(["organisation_id", "sent_at"])
    .execute();

  await db.schema
    .createTable("rollout_recipients")
    // One row per leader, ever: an insert that conflicts with it claims nothing.
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("rollout_id", "text", (col) => col.notNull().references("rollouts.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    // A random id per claim, so that only the roll-out that claimed a row marks or releases it.
    .addColumn("claim_id", "text", (col) => col.notNull())
    .addColumn("claimed_at", "text", (col) => col.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema
    .createIndex("rollout_recipients_rollout_idx")
    .on("rollout_recipients")
    .column("rollout_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rollout_recipients").execute();
  await db.schema.dropTable("rollouts").execute();
}
