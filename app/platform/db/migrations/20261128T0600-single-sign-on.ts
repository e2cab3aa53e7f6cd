import type { Kysely } from "kysely";

// Frozen in time. Single sign-on per organisation (OpenID Connect or SAML 2.0), the e-mail domains
// an organisation claims, the link between an identity provider's subject and an account, the
// short-lived sign-in attempts, and the switch that turns password sign-in off.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("organisations")
    .addColumn("is_password_sign_in_allowed", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("sso_connections")
    .addColumn("organisation_id", "text", (col) => col.primaryKey().references("organisations.id"))
    .addColumn("protocol", "text", (col) => col.notNull())
    .addColumn("oidc_issuer", "text")
    .addColumn("oidc_client_id", "text")
    .addColumn("oidc_client_secret", "text")
    .addColumn("saml_entry_point", "text")
    .addColumn("saml_idp_issuer", "text")
    .addColumn("saml_idp_certificate", "text")
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  // A domain belongs to one organisation: it is how the sign-in page finds the way in.
  await db.schema
    .createTable("sso_email_domains")
    .addColumn("domain", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .execute();
  await db.schema
    .createTable("sso_identities")
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("sso_identities_pk", ["organisation_id", "subject"])
    .execute();
  await db.schema
    .createTable("sso_sign_ins")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("protocol", "text", (col) => col.notNull())
    .addColumn("browser_key_hash", "text", (col) => col.notNull())
    .addColumn("redirect_to", "text", (col) => col.notNull())
    .addColumn("oidc_code_verifier", "text")
    .addColumn("oidc_nonce", "text")
    .addColumn("saml_request_id", "text")
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("failure", "text")
    .addColumn("subject", "text")
    .addColumn("email", "text")
    .addColumn("name", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("sso_sign_ins_expires_at").on("sso_sign_ins").column("expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sso_sign_ins").execute();
  await db.schema.dropTable("sso_identities").execute();
  await db.schema.dropTable("sso_email_domains").execute();
  await db.schema.dropTable("sso_connections").execute();
  await db.schema.alterTable("organisations").dropColumn("is_password_sign_in_allowed").execute();
}
