import type { Kysely } from "kysely";

// Frozen in time. Issue 14, item 5 (OIOSAML 3, KOMBIT's Context Handler): the service provider's
// own key pairs per organisation, to sign AuthnRequests and to decrypt assertions. At most one key
// in each role: "next" (published, not yet signing), "current" (signs, decrypts) and "previous"
// (still decrypts and is published, until removed) — the unique key makes that hold under
// concurrent requests. The private key is sealed by the seal plugin like the texts (decision 018).
// The metadata's contact address; and on an attempt, the provider that vouched for the identity
// (for SAML with the fingerprint of the certificate that signed, one of several during rollover).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("saml_service_keys")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("private_key", "text", (col) => col.notNull())
    .addColumn("certificate", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("saml_service_keys_role_unique", ["organisation_id", "role"])
    .execute();
  await db.schema.alterTable("sso_connections").addColumn("saml_contact_email", "text").execute();
  await db.schema.alterTable("sso_sign_ins").addColumn("provider", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("sso_sign_ins").dropColumn("provider").execute();
  await db.schema.alterTable("sso_connections").dropColumn("saml_contact_email").execute();
  await db.schema.dropTable("saml_service_keys").execute();
}
