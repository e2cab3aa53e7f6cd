import { addEmailDomain } from "~/features/sso/add-email-domain.server";
import { checkEmailDomain } from "~/features/sso/check-email-domain.server";
import type { Executor } from "~/platform/db/database.server";
import type { TestDnsServer } from "./dns-server";

/** The TXT record that proves the organisation's pending claim on the domain (its own token). */
export async function publishDomainProof(
  db: Executor,
  dns: TestDnsServer,
  options: { organisationId: string; domain: string; name?: "subdomain" | "domain" },
): Promise<void> {
  const claim = await db
    .selectFrom("sso_email_domains")
    .select("verification_token")
    .where("organisation_id", "=", options.organisationId)
    .where("domain", "=", options.domain)
    .executeTakeFirstOrThrow();
  const name = options.name === "domain" ? options.domain : `_lederdialog.${options.domain}`;
  dns.txt.set(name, [...(dns.txt.get(name) ?? []), `lederdialog-verification=${claim.verification_token}`]);
}

/**
 * A domain proven the way an administrator proves it: added, the TXT record published on the test
 * DNS server, and checked. Tests that need an organisation's domain to count use this.
 */
export async function proveEmailDomain(
  db: Executor,
  dns: TestDnsServer,
  options: { organisationId: string; domain: string },
): Promise<void> {
  const added = await addEmailDomain(db, options);
  if (!added.ok) throw new Error(`could not add ${options.domain}: ${added.error}`);
  await publishDomainProof(db, dns, options);
  const result = await checkEmailDomain(db, { ...options, dnsServers: [dns.address] });
  if (result !== "found") throw new Error(`could not prove ${options.domain}: ${result}`);
}
