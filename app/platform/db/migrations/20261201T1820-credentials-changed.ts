import { domainToASCII } from "node:url";
import type { Kysely } from "kysely";

// Frozen in time. When an account's credentials last changed (a password reset, or the account
// taken back by its mailbox's owner): sessions begun, and device cookies issued, before then no
// longer count, also those of a sign-in that checked the old password while it changed (the
// second review of issue 13). Null: never.
//
// Addresses and domains are from now on stored with an internationalised domain in its ASCII form
// ("æble.dk" is "xn--ble-xla.dk"), so those stored before are converted once here.

const toAscii = (domain: string) => domainToASCII(domain) || domain;
const isAscii = (text: string) => [...text].every((char) => char.charCodeAt(0) < 128);
const asciiEmail = (email: string) => {
  const at = email.lastIndexOf("@");
  return at < 0 ? email : `${email.slice(0, at + 1)}${toAscii(email.slice(at + 1))}`;
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("credentials_changed_at", "text").execute();
  for (const [table, column, convert] of [
    ["users", "email", asciiEmail],
    ["invitations", "email", asciiEmail],
    ["sso_email_domains", "domain", toAscii],
  ] as const) {
    const rows: Record<string, string>[] = await db.selectFrom(table).select(column).distinct().execute();
    for (const row of rows) {
      const value = row[column] ?? "";
      if (isAscii(value)) continue;
      await db
        .updateTable(table)
        .set({ [column]: convert(value) })
        .where(column, "=", value)
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("credentials_changed_at").execute();
}
