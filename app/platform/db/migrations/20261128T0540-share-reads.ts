import type { Kysely } from "kysely";

// Frozen in time. Who read what a leader shares (PRODUCT.md: every read of shared content by
// someone other than its owner is logged, and the owner can see that log). One row per reader,
// page and Danish day, with the first and last read, so a page that refreshes itself adds no noise.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("share_reads")
    .addColumn("cycle_id", "text", (col) => col.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("reader_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("page", "text", (col) => col.notNull())
    .addColumn("day", "text", (col) => col.notNull())
    .addColumn("first_read_at", "text", (col) => col.notNull())
    .addColumn("last_read_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("share_reads_pk", ["cycle_id", "reader_id", "page", "day"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("share_reads").execute();
}
