import type { Kysely } from "kysely";

// Frozen in time. The dialogue itself (the meeting view): an agenda whose unfinished points carry
// over, one set of notes both people write (versioned, so concurrent saves are merged, never lost),
// agreements recorded in a dialogue, and follow-up dialogues booked as a series.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("dialogues").addColumn("series_id", "text").execute();
  // null for the dialogue the leader invited to; "biweekly" | "weeklyMeeting" | "quarterly" for follow-ups.
  await db.schema.alterTable("dialogues").addColumn("rhythm", "text").execute();
  await db.schema.alterTable("dialogues").addColumn("started_at", "text").execute();
  await db.schema
    .createIndex("dialogues_cycle_starts_idx")
    .on("dialogues")
    .columns(["cycle_id", "starts_on", "starts_at"])
    .execute();

  await db.schema
    .createTable("dialogue_notes")
    .addColumn("dialogue_id", "text", (col) =>
      col.primaryKey().references("dialogues.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("dialogue_agenda_items")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("dialogue_id", "text", (col) => col.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("position", "integer", (col) => col.notNull())
    // "open" | "done": text, because SQLite cannot bind booleans.
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("carried_from_id", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("dialogue_agenda_items_dialogue_idx")
    .on("dialogue_agenda_items")
    .column("dialogue_id")
    .execute();

  await db.schema
    .alterTable("agreements")
    .addColumn("dialogue_id", "text", (col) => col.references("dialogues.id").onDelete("set null"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agreements").dropColumn("dialogue_id").execute();
  await db.schema.dropTable("dialogue_agenda_items").execute();
  await db.schema.dropTable("dialogue_notes").execute();
  await db.schema.dropIndex("dialogues_cycle_starts_idx").execute();
  await db.schema.alterTable("dialogues").dropColumn("started_at").execute();
  await db.schema.alterTable("dialogues").dropColumn("rhythm").execute();
  await db.schema.alterTable("dialogues").dropColumn("series_id").execute();
}
