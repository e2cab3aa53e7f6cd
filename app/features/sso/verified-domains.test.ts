import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Migrator } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { findEmailDomainOwner } from "~/features/account/email-domain-policy.server";
import { hashPassword } from "~/features/account/password.server";
import { requestPasswordReset } from "~/features/account/password-reset.server";
import { signIn } from "~/features/account/sign-in.server";
import { signUp } from "~/features/account/sign-up.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { checkPeopleImport } from "~/features/organisation/import-people.server";
import { addEmailDomain } from "~/features/sso/add-email-domain.server";
import { checkEmailDomain } from "~/features/sso/check-email-domain.server";
import { removeEmailDomain } from "~/features/sso/remove-email-domain.server";
import { saveSsoSettings } from "~/features/sso/save-sso-settings.server";
import { listEmailDomains } from "~/features/sso/sso-connections.server";
import { beginSsoSignIn, finishSsoSignIn, receiveSamlResponse } from "~/features/sso/sso-flow.server";
import { createUser } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { migrateToLatest } from "~/platform/db/migrate.server";
import { migrations } from "~/platform/db/migrations";
import { nowDbTime } from "~/platform/db/time.server";
import { createMailer } from "~/platform/mail/mailer.server";
import { startTestDnsServer, type TestDnsServer } from "../../../tests/support/dns-server";
import { type SamlIdp, type SamlUser, startSamlIdp } from "../../../tests/support/saml-idp";
import { describeEachDialect } from "../../../tests/support/test-database";
import { proveEmailDomain, publishDomainProof } from "../../../tests/support/verified-domain";

// Issue 13, findings 2 and 13: an e-mail domain counts for an organisation only once its
// administrator has proven control of it with a DNS TXT record, read through node:dns from a DNS
// server of this test's own on loopback. Public mail providers are refused; one domain, one
// organisation; an address in a proven domain belongs to that organisation.

const publicUrl = new URL("http://127.0.0.1:39998");
const config = { publicUrl, sessionSecret: "s".repeat(32) } as Config;
const log = pino({ level: "silent" });
const meta = { ip: "127.0.0.1", userAgent: "vitest" };
const PASSWORD = "a-long-enough-password";

let dns: TestDnsServer;
let samlIdp: SamlIdp;
beforeAll(async () => {
  dns = await startTestDnsServer();
  samlIdp = await startSamlIdp();
});
afterAll(async () => {
  await dns.close();
  await samlIdp.close();
});

async function createOrganisation(db: DB, slug: string): Promise<string> {
  const id = newId();
  await db.insertInto("organisations").values({ id, name: slug, slug, created_at: nowDbTime() }).execute();
  return id;
}

const check = (db: DB, organisationId: string, domain: string) =>
  checkEmailDomain(db, { organisationId, domain, dnsServers: [dns.address] });

const samlSettings = (isPasswordSignInAllowed: boolean) => ({
  protocol: "saml" as const,
  oidcIssuer: undefined,
  oidcClientId: undefined,
  oidcClientSecret: undefined,
  samlEntryPoint: samlIdp.ssoUrl,
  samlIdpIssuer: samlIdp.entityId,
  samlIdpCertificate: samlIdp.certificate,
  isPasswordSignInAllowed: isPasswordSignInAllowed ? ("on" as const) : undefined,
});

describeEachDialect("verified e-mail domains", (getDb) => {
  // Each engine's run starts from an empty zone.
  beforeAll(() => {
    dns.txt.clear();
    dns.failing.clear();
  });

  it("refuses gmail.com and every other public mail provider from the package's list", async () => {
    const organisationId = await createOrganisation(getDb(), "gmail-kommune");
    for (const domain of ["gmail.com", "mail.gmail.com", "hotmail.dk", "outlook.com"]) {
      expect({ domain, added: await addEmailDomain(getDb(), { organisationId, domain }) }).toEqual({
        domain,
        added: { ok: false, error: "publicProvider" },
      });
    }
    // A claim from before proofs (decision 024) can never be proven, whatever DNS says.
    await getDb()
      .insertInto("sso_email_domains")
      .values({
        organisation_id: organisationId,
        domain: "gmail.com",
        verification_token: "t0k",
        created_at: nowDbTime(),
      })
      .execute();
    await publishDomainProof(getDb(), dns, { organisationId, domain: "gmail.com" });
    expect(await check(getDb(), organisationId, "gmail.com")).toBe("publicProvider");
    expect(await findEmailDomainOwner(getDb(), "someone@gmail.com")).toBeUndefined();
  });

  it("counts a domain only once its TXT record holds the organisation's own token", async () => {
    const organisationId = await createOrganisation(getDb(), "bevis-kommune");
    expect(await addEmailDomain(getDb(), { organisationId, domain: "bevis.example" })).toEqual({
      ok: true,
      domain: "bevis.example",
    });
    expect(await addEmailDomain(getDb(), { organisationId, domain: "bevis.example" })).toEqual({
      ok: false,
      error: "alreadyAdded",
    });
    // Added is not proven: it counts nowhere.
    expect(await findEmailDomainOwner(getDb(), "x@bevis.example")).toBeUndefined();
    expect(await listEmailDomains(getDb(), organisationId)).toEqual([]);

    expect(await check(getDb(), organisationId, "bevis.example")).toBe("notFound");
    dns.txt.set("_lederdialog.bevis.example", ["lederdialog-verification=someone-elses-token"]);
    expect(await check(getDb(), organisationId, "bevis.example")).toBe("wrongToken");
    dns.txt.delete("_lederdialog.bevis.example");
    dns.failing.add("_lederdialog.bevis.example");
    dns.failing.add("bevis.example");
    expect(await check(getDb(), organisationId, "bevis.example")).toBe("lookupFailed");
    expect(await findEmailDomainOwner(getDb(), "x@bevis.example")).toBeUndefined();

    dns.failing.clear();
    await publishDomainProof(getDb(), dns, { organisationId, domain: "bevis.example", name: "domain" });
    expect(await check(getDb(), organisationId, "bevis.example")).toBe("found");
    expect(await findEmailDomainOwner(getDb(), "X@Bevis.example")).toMatchObject({ organisationId });
    expect(await listEmailDomains(getDb(), organisationId)).toEqual(["bevis.example"]);
    const row = await getDb()
      .selectFrom("sso_email_domains")
      .select(["verified_at", "check_result"])
      .where("domain", "=", "bevis.example")
      .executeTakeFirstOrThrow();
    expect(row.check_result).toBe("found");
    expect(row.verified_at).not.toBeNull();
  });

  it("one domain, one organisation: a proven domain cannot be added or proven by another", async () => {
    const first = await createOrganisation(getDb(), "foerste-kommune");
    const second = await createOrganisation(getDb(), "anden-kommune");
    // The second organisation added it first: a pending claim blocks nobody.
    await addEmailDomain(getDb(), { organisationId: second, domain: "eneste.example" });
    await proveEmailDomain(getDb(), dns, { organisationId: first, domain: "eneste.example" });
    await publishDomainProof(getDb(), dns, { organisationId: second, domain: "eneste.example" });
    expect(await check(getDb(), second, "eneste.example")).toBe("taken");
    expect(await addEmailDomain(getDb(), { organisationId: second, domain: "eneste.example" })).toEqual({
      ok: false,
      error: "taken",
    });
    const third = await createOrganisation(getDb(), "tredje-kommune");
    expect(await addEmailDomain(getDb(), { organisationId: third, domain: "eneste.example" })).toEqual({
      ok: false,
      error: "taken",
    });
    expect(await findEmailDomainOwner(getDb(), "x@eneste.example")).toMatchObject({ organisationId: first });

    // Both publish their own token and check at the same moment: the unique key lets one win.
    const racers = [
      await createOrganisation(getDb(), "kapløb-a"),
      await createOrganisation(getDb(), "kapløb-b"),
    ];
    for (const organisationId of racers) {
      await addEmailDomain(getDb(), { organisationId, domain: "kaploeb.example" });
      await publishDomainProof(getDb(), dns, { organisationId, domain: "kaploeb.example" });
    }
    const results = await Promise.all(
      racers.map((organisationId) => check(getDb(), organisationId, "kaploeb.example")),
    );
    expect([...results].sort()).toEqual(["found", "taken"]);
    const proven = await getDb()
      .selectFrom("sso_email_domains")
      .select("organisation_id")
      .where("domain", "=", "kaploeb.example")
      .where("verified_at", "is not", null)
      .execute();
    expect(proven.map((row) => row.organisation_id)).toEqual([racers[results.indexOf("found")]]);
  });

  it("an unproven domain neither sends people to the organisation's provider nor refuses their password", async () => {
    const organisationId = await createOrganisation(getDb(), "afventer-kommune");
    await proveEmailDomain(getDb(), dns, { organisationId, domain: "bevist.example" });
    await addEmailDomain(getDb(), { organisationId, domain: "afventer.example" });
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(false))).toEqual({ ok: true });

    const defaultOrganisation = await ensureDefaultOrganisation(getDb());
    await createUser(getDb(), {
      organisationId: defaultOrganisation.id,
      email: "carol@afventer.example",
      name: "Carol",
      passwordHash: await hashPassword(PASSWORD),
    });
    // The sign-in page finds no organisation for the address, so nobody is sent to its provider.
    expect(await findEmailDomainOwner(getDb(), "carol@afventer.example")).toBeUndefined();
    expect((await signIn(getDb(), { email: "carol@afventer.example", password: PASSWORD, meta })).ok).toBe(
      true,
    );
    expect(await requestPasswordReset(getDb(), { email: "carol@afventer.example", meta })).toMatchObject({
      status: "accepted",
      token: expect.any(String),
    });
    const signedUp = await signUp(getDb(), {
      organisationId: defaultOrganisation.id,
      name: "Ny",
      email: "ny@afventer.example",
      password: PASSWORD,
      locale: "da",
      meta,
    });
    expect(signedUp.ok && signedUp.outcome === "created" && signedUp.user.organisation_id).toBe(
      defaultOrganisation.id,
    );
    // The proven domain does count: its addresses sign in through the organisation.
    expect(await signIn(getDb(), { email: "nobody@bevist.example", password: PASSWORD, meta })).toEqual({
      ok: false,
      reason: "ssoRequired",
    });
  });

  it("proving a domain and turning passwords off does not lock out an account of another organisation", async () => {
    // Bo signed up on his own (the default organisation) before the municipality proved the domain.
    const defaultOrganisation = await ensureDefaultOrganisation(getDb());
    await createUser(getDb(), {
      organisationId: defaultOrganisation.id,
      email: "bo@laas.example",
      name: "Bo",
      passwordHash: await hashPassword(PASSWORD),
    });
    const organisationId = await createOrganisation(getDb(), "laas-kommune");
    await proveEmailDomain(getDb(), dns, { organisationId, domain: "laas.example" });
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(false))).toEqual({ ok: true });
    await createUser(getDb(), {
      organisationId,
      email: "egen@laas.example",
      name: "Egen",
      passwordHash: await hashPassword(PASSWORD),
    });

    // Bo keeps his password and his reset; the organisation's own people and new addresses do not.
    expect((await signIn(getDb(), { email: "bo@laas.example", password: PASSWORD, meta })).ok).toBe(true);
    expect(await requestPasswordReset(getDb(), { email: "bo@laas.example", meta })).toMatchObject({
      status: "accepted",
      token: expect.any(String),
    });
    for (const email of ["egen@laas.example", "ingen@laas.example"]) {
      expect(await signIn(getDb(), { email, password: PASSWORD, meta })).toMatchObject({
        ok: false,
        reason: "ssoRequired",
      });
    }
  });

  it("another organisation's import cannot make an account with an address in a proven domain", async () => {
    const owner = await createOrganisation(getDb(), "import-ejer-kommune");
    await proveEmailDomain(getDb(), dns, { organisationId: owner, domain: "ejer.example" });
    const other = await createOrganisation(getDb(), "importerende-kommune");
    const csv = "Navn;E-mail\r\nNy Ansat;nyansat@ejer.example\r\nFri;fri@andet.example\r\n";
    expect((await checkPeopleImport(getDb(), { organisationId: other, csv })).errors).toEqual([
      { line: 2, kind: "emailDomainOfOtherOrganisation", value: "nyansat@ejer.example" },
    ]);
    expect((await checkPeopleImport(getDb(), { organisationId: owner, csv })).errors).toEqual([]);
  });

  it("a domain with Danish letters is kept, proven and found in its one ASCII form", async () => {
    const organisationId = await createOrganisation(getDb(), "aeble-kommune");
    expect(await addEmailDomain(getDb(), { organisationId, domain: "Æble.test" })).toMatchObject({
      ok: true,
      domain: "xn--ble-xla.test",
    });
    await publishDomainProof(getDb(), dns, { organisationId, domain: "xn--ble-xla.test" });
    expect(
      await checkEmailDomain(getDb(), {
        organisationId,
        domain: "xn--ble-xla.test",
        dnsServers: [dns.address],
      }),
    ).toBe("found");
    for (const email of ["ny@æble.test", "ny@xn--ble-xla.test"]) {
      expect((await findEmailDomainOwner(getDb(), email))?.organisationId).toBe(organisationId);
    }
  });

  it("turns password sign-in off only with a proven domain, and keeps the last one while it is off", async () => {
    const organisationId = await createOrganisation(getDb(), "kontakt-kommune");
    const refused = {
      ok: false,
      fieldErrors: { isPasswordSignInAllowed: ["domains.errors.passwordNeedsVerifiedDomain"] },
    };
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(false))).toEqual(refused);
    await addEmailDomain(getDb(), { organisationId, domain: "kontakt.example" });
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(false))).toEqual(refused);
    await publishDomainProof(getDb(), dns, { organisationId, domain: "kontakt.example" });
    expect(await check(getDb(), organisationId, "kontakt.example")).toBe("found");
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(false))).toEqual({ ok: true });

    expect(await removeEmailDomain(getDb(), { organisationId, domain: "kontakt.example" })).toEqual({
      ok: false,
      error: "lastVerified",
    });
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(true))).toEqual({ ok: true });
    expect(await removeEmailDomain(getDb(), { organisationId, domain: "kontakt.example" })).toEqual({
      ok: true,
    });
    expect(await removeEmailDomain(getDb(), { organisationId, domain: "kontakt.example" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await findEmailDomainOwner(getDb(), "x@kontakt.example")).toBeUndefined();
  });

  it("an outsider's early sign-up with newhire@<domain> lands in the domain's organisation, not elsewhere", async () => {
    const slug = "nyansat-kommune";
    const organisationId = await createOrganisation(getDb(), slug);
    await proveEmailDomain(getDb(), dns, { organisationId, domain: "nyansat.example" });
    expect(await saveSsoSettings(getDb(), organisationId, samlSettings(true))).toEqual({ ok: true });
    const defaultOrganisation = await ensureDefaultOrganisation(getDb());
    const early = await signUp(getDb(), {
      organisationId: defaultOrganisation.id,
      name: "Outsider",
      email: "newhire@nyansat.example",
      password: PASSWORD,
      locale: "da",
      meta,
    });
    expect(early.ok && early.outcome === "created" && early.user.organisation_id).toBe(organisationId);

    // The real person's first sign-in through the organisation is not refused as "another
    // organisation's account" (the 409 that locked them out for good).
    const user: SamlUser = { subject: "kombit-newhire", email: "newhire@nyansat.example", name: "New Hire" };
    const outboxDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-domains-outbox-"));
    const mailer = createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: undefined,
      from: "Lederdialog <no-reply@lederdialog.test>",
      outboxDir,
    });
    const services = { db: getDb(), config, log, mailer };
    const started = await beginSsoSignIn(services, { slug, redirectTo: "/min-lederdialog", meta });
    const form = await samlIdp.respond(started.location, user);
    await receiveSamlResponse(services, {
      slug,
      samlResponse: form.samlResponse,
      relayState: form.relayState,
      meta,
    });
    const result = await finishSsoSignIn(services, {
      slug,
      signInId: form.relayState,
      browserKey: started.browserKey,
      meta,
      locale: "da",
    });
    rmSync(outboxDir, { recursive: true, force: true });
    expect(result).not.toEqual({ ok: false, failure: "otherOrganisation" });
    expect(result).not.toEqual({ ok: false, failure: "emailDomain" });
    // The account was made by someone else with a password: the real person proves the address
    // with the link mailed to it before the identity joins it (decision 023).
    expect(result).toMatchObject({ ok: false, proofId: expect.any(String) });
  });
});

describeEachDialect("the verified-domains migration", (getDb) => {
  const before = "20261201T1700-email-verified";
  const migrator = () => new Migrator({ db: getDb(), provider: { getMigrations: async () => migrations } });

  it("makes earlier claims pending with a new token each, and keeps only proven domains on the way down", async () => {
    const organisationId = await createOrganisation(getDb(), "gammel-kommune");
    await proveEmailDomain(getDb(), dns, { organisationId, domain: "bevist-foer.example" });
    await addEmailDomain(getDb(), { organisationId, domain: "afventende.example" });
    expect((await migrator().migrateTo(before)).error).toBeUndefined();
    const down = await getDb().selectFrom("sso_email_domains").selectAll().execute();
    expect(down).toEqual([{ domain: "bevist-foer.example", organisation_id: organisationId }]);

    // Claims as they were before proofs: gmail.com and a domain nobody ever proved.
    await getDb()
      .insertInto("sso_email_domains")
      .values([
        { domain: "gmail.com", organisation_id: organisationId } as never,
        { domain: "paastaaet.example", organisation_id: organisationId } as never,
      ])
      .execute();
    await migrateToLatest(getDb());
    const up = await getDb()
      .selectFrom("sso_email_domains")
      .select(["domain", "verification_token", "verified_at"])
      .orderBy("domain")
      .execute();
    expect(up.map((row) => [row.domain, row.verified_at])).toEqual([
      ["bevist-foer.example", null],
      ["gmail.com", null],
      ["paastaaet.example", null],
    ]);
    expect(new Set(up.map((row) => row.verification_token)).size).toBe(3);
    for (const row of up) expect(row.verification_token).toMatch(/^[0-9a-f]{32}$/);
    expect(await findEmailDomainOwner(getDb(), "x@paastaaet.example")).toBeUndefined();
    expect(await listEmailDomains(getDb(), organisationId)).toEqual([]);
  });
});
