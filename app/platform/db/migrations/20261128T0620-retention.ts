import type { Kysely } from "kysely";

// Frozen in time. An organisation's retention period: archived cycles older than this many months
// are deleted by the scheduler (issue 6). Null keeps them until the leader deletes them.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organisations").addColumn("retention_months", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organisations").dropColumn("retention_months").execute();
}
