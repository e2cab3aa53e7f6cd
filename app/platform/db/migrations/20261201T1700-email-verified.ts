import type { Kysely } from "kysely";

// Frozen in time. An account's address is verified (a mailed single-use link, a password reset, an
// accepted invitation mail, or an organisation's identity provider) before anything shared reaches
// it or it is linked to single sign-on (issue 13). Null: not verified yet.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("email_verified_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("email_verified_at").execute();
}
