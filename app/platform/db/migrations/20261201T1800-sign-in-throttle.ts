import type { Kysely } from "kysely";

// Frozen in time. Sign-in attempts counted in one row per key (an account, a known device, a client
// address), claimed by one conditional insert-or-update, so parallel attempts cannot all pass the
// check before any failure is written (issue 13, finding 6). The key is a SHA-256, not an address.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_throttles")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("attempts", "integer", (col) => col.notNull())
    .addColumn("window_started_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_throttles_window_idx")
    .on("sign_in_throttles")
    .column("window_started_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_throttles").execute();
}
