import type { Kysely } from "kysely";

// Frozen in time. Who carries out an agreement made with the nearest leader (issue 15): "leader",
// "nearestLeader" or "both". Null: not named (the agreements with yourself, and those written
// before this column).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agreements").addColumn("owner", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agreements").dropColumn("owner").execute();
}
