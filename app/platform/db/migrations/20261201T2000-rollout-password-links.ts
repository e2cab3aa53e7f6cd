import type { Kysely } from "kysely";

// Frozen in time. A password link has a purpose: "reset" (glemt adgangskode, as before) or
// "rollout" (the roll-out mail's link to choose a first password, which signs the leader in at
// once and lives longer; issue 15, item 7). Every link so far was a reset.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("password_reset_tokens")
    .addColumn("purpose", "text", (column) => column.notNull().defaultTo("reset"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("password_reset_tokens").dropColumn("purpose").execute();
}
