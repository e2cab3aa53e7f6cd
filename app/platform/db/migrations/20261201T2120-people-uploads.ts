import type { Kysely } from "kysely";

// Frozen in time. A people file checked on the import page waits here for its confirmation instead
// of travelling back and forth in a hidden field (issue 16): 10,000 rows made the preview page over
// a megabyte. One row per upload, the administrator's and the organisation's, found by the hash of
// a token only the confirm form holds, sealed like the other texts, gone on import or after an hour.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("people_uploads")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("people_uploads_user_idx").on("people_uploads").column("user_id").execute();
  await db.schema
    .createIndex("people_uploads_expires_idx")
    .on("people_uploads")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("people_uploads").execute();
}
