import type { Kysely } from "kysely";

// Frozen in time. The single-use links that verify an account's address (issue 13, decision 022):
// only the SHA-256 of the token is stored, like password_reset_tokens; `email` is the address the
// link was sent to (a link never verifies another one); `return_to` is where the person continues.
//
// Accounts that already exist: an address counts as verified where its owner has already shown
// they read mail sent to it — a completed password reset (which also covers imported accounts,
// which get their password that way) or an accepted invitation (the running dialogues keep going).
// Everyone else verifies with a link the first time it matters (decision 022).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("email_verification_tokens")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("return_to", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createIndex("email_verification_tokens_user_idx")
    .on("email_verification_tokens")
    .column("user_id")
    .execute();

  const now = new Date().toISOString();
  await db
    .updateTable("users")
    .set({ email_verified_at: now })
    .where("email_verified_at", "is", null)
    .where((eb) =>
      eb.or([
        eb(
          "id",
          "in",
          eb.selectFrom("password_reset_tokens").select("user_id").where("used_at", "is not", null),
        ),
        eb("id", "in", eb.selectFrom("invitations").select("used_by").where("used_by", "is not", null)),
      ]),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("email_verification_tokens").execute();
}
