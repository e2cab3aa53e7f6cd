import { type Kysely, sql } from "kysely";

// Frozen in time: never imports app code. The leader's forløb (cycle), the texts written in it
// (step-1 notes and kontrakt fields share one table and one autosave path), the agreements with their
// follow-up, the daily/weekly tick-offs, and the secret calendar feed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("cycles")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("current_theme", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("archived_at", "text")
    .execute();
  await db.schema.createIndex("cycles_user_idx").on("cycles").columns(["user_id", "status"]).execute();
  // At most one active cycle per leader, even when two first requests race to start one.
  await db.schema
    .createIndex("cycles_one_active_per_user")
    .unique()
    .on("cycles")
    .column("user_id")
    .where(sql.ref("status"), "=", "active")
    .execute();

  await db.schema
    .createTable("cycle_texts")
    .addColumn("cycle_id", "text", (col) => col.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("text_key", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("revision", "integer", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("cycle_texts_pk", ["cycle_id", "text_key"])
    .execute();

  await db.schema
    .createTable("preparation_time")
    .addColumn("cycle_id", "text", (col) => col.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("theme_id", "text", (col) => col.notNull())
    .addColumn("seconds", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("preparation_time_pk", ["cycle_id", "theme_id"])
    .execute();

  await db.schema
    .createTable("agreements")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("cycle_id", "text", (col) => col.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("follow_up_date", "text")
    .addColumn("follow_up_time", "text")
    .addColumn("recurrence", "text")
    .addColumn("follow_up_how", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("agreements_cycle_idx")
    .on("agreements")
    .columns(["cycle_id", "kind", "position"])
    .execute();

  await db.schema
    .createTable("agreement_checks")
    .addColumn("agreement_id", "text", (col) => col.notNull().references("agreements.id").onDelete("cascade"))
    .addColumn("check_date", "text", (col) => col.notNull())
    .addColumn("is_kept", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("agreement_checks_pk", ["agreement_id", "check_date"])
    .execute();

  await db.schema
    .createTable("calendar_feeds")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("revoked_at", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "calendar_feeds",
    "agreement_checks",
    "agreements",
    "preparation_time",
    "cycle_texts",
    "cycles",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
