import type { Kysely } from "kysely";

// Frozen in time. Issue 13, findings 11 and 12. An assertion from an identity provider is used once:
// its ID is remembered until it expires, under a unique key, so a replay is refused by whichever
// process it reaches. And sign-in attempts through an identity provider are counted per client
// address and per organisation in fixed windows, one row per counter, raised in one statement.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sso_used_assertions")
    .addColumn("organisation_id", "text", (col) => col.notNull())
    .addColumn("assertion_id", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("sso_used_assertions_pkey", ["organisation_id", "assertion_id"])
    .execute();
  await db.schema
    .createIndex("sso_used_assertions_expires_at")
    .on("sso_used_assertions")
    .column("expires_at")
    .execute();
  await db.schema
    .createTable("sso_attempt_counts")
    .addColumn("bucket", "text", (col) => col.notNull())
    .addColumn("window_start", "text", (col) => col.notNull())
    .addColumn("count", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("sso_attempt_counts_pkey", ["bucket", "window_start"])
    .execute();
  await db.schema
    .createIndex("sso_attempt_counts_window_start")
    .on("sso_attempt_counts")
    .column("window_start")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sso_attempt_counts").execute();
  await db.schema.dropTable("sso_used_assertions").execute();
}
