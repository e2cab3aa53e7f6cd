import type { Kysely } from "kysely";

// Frozen in time. Issue 13: a single sign-on identity is linked to an existing account only after
// its owner proved it (password or a mailed link), and each link names the identity provider that
// vouched for it (OIDC issuer, or SAML entity ID and signing certificate), so another provider
// cannot reuse it. Links made before this were made without proof, by whichever provider was set up
// then: they are dropped, and each person proves their account once at their next sign-in
// (docs/decisions/023).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sso_identities").execute();
  await db.schema
    .createTable("sso_identities")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("provider", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("sso_identities_subject_unique", ["organisation_id", "provider", "subject"])
    .execute();
  await db.schema.createIndex("sso_identities_user_idx").on("sso_identities").column("user_id").execute();

  await db.schema
    .createTable("sso_link_proofs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("provider", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("browser_key_hash", "text", (col) => col.notNull())
    .addColumn("redirect_to", "text", (col) => col.notNull())
    .addColumn("mail_token_hash", "text", (col) => col.unique())
    .addColumn("mail_sent_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createIndex("sso_link_proofs_expires_at")
    .on("sso_link_proofs")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sso_link_proofs").execute();
  await db.schema.dropTable("sso_identities").execute();
  await db.schema
    .createTable("sso_identities")
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("sso_identities_pk", ["organisation_id", "subject"])
    .execute();
}
