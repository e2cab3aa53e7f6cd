import { type Kysely, sql } from "kysely";

// Frozen in time. Issue 14, item 2: each calendar event keeps one UID for its whole life and a
// SEQUENCE that goes up on every change, so a calendar moves or removes the event it already has
// instead of adding a second one (RFC 5546; decision 032).
//
// dialogues.calendar_uid: the event's UID without "@lederdialog": the dialogue's own id, or for a
//   follow-up the series id (the series is one event with a rule). A new invitation that replaces
//   an unaccepted one takes over its UID.
// dialogues.calendar_sequence: the event's SEQUENCE; for a series the same on every row.
// dialogues.occurrence_on / occurrence_at: for a follow-up, the date and time the series' rule
//   gives this occurrence (its RECURRENCE-ID), which stays when the occurrence alone is moved.
// agreements.calendar_sequence: the SEQUENCE of the agreement's follow-up event.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("dialogues").addColumn("calendar_uid", "text").execute();
  await db.schema
    .alterTable("dialogues")
    .addColumn("calendar_sequence", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("dialogues").addColumn("occurrence_on", "text").execute();
  await db.schema.alterTable("dialogues").addColumn("occurrence_at", "text").execute();
  // The UIDs every file and mail so far used: the dialogue's id, or the series id.
  await sql`update dialogues set calendar_uid = coalesce(series_id, id)`.execute(db);
  await sql`
    update dialogues set occurrence_on = starts_on, occurrence_at = starts_at
    where series_id is not null
  `.execute(db);
  await db.schema
    .alterTable("agreements")
    .addColumn("calendar_sequence", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agreements").dropColumn("calendar_sequence").execute();
  for (const column of ["occurrence_at", "occurrence_on", "calendar_sequence", "calendar_uid"]) {
    await db.schema.alterTable("dialogues").dropColumn(column).execute();
  }
}
