import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { sql } from "kysely";

// Frozen in time. An organisation's e-mail domain counts only once its administrator has proven
// control of it with a DNS TXT record holding the row's token (issue 13, decision 024). One
// organisation may prove a domain; several may have it pending, so nobody can block the real owner
// by adding it first. Domains claimed before this migration become pending with a new token: they
// count again once proven.

export async function up(db: Kysely<any>): Promise<void> {
  const claimed = await db.selectFrom("sso_email_domains").select(["domain", "organisation_id"]).execute();
  await db.schema.alterTable("sso_email_domains").renameTo("sso_email_domains_claimed").execute();
  await db.schema
    .createTable("sso_email_domains")
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("domain", "text", (col) => col.notNull())
    .addColumn("verification_token", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("verified_at", "text")
    .addColumn("checked_at", "text")
    .addColumn("check_result", "text")
    .addPrimaryKeyConstraint("sso_email_domains_claim_pk", ["organisation_id", "domain"])
    .execute();
  const now = new Date().toISOString();
  for (const row of claimed) {
    await db
      .insertInto("sso_email_domains")
      .values({
        organisation_id: row.organisation_id,
        domain: row.domain,
        verification_token: randomBytes(16).toString("hex"),
        created_at: now,
      })
      .execute();
  }
  await db.schema.dropTable("sso_email_domains_claimed").execute();
  // One domain, one organisation: the unique key decides two proofs at the same moment.
  await db.schema
    .createIndex("sso_email_domains_one_owner")
    .on("sso_email_domains")
    .column("domain")
    .unique()
    .where(sql.ref("verified_at"), "is not", null)
    .execute();
}

/** Back to claims: only proven domains are kept, as the claims they were before. */
export async function down(db: Kysely<any>): Promise<void> {
  const verified = await db
    .selectFrom("sso_email_domains")
    .select(["domain", "organisation_id"])
    .where("verified_at", "is not", null)
    .execute();
  await db.schema.dropTable("sso_email_domains").execute();
  await db.schema
    .createTable("sso_email_domains")
    .addColumn("domain", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .execute();
  for (const row of verified) {
    await db.insertInto("sso_email_domains").values(row).execute();
  }
}
