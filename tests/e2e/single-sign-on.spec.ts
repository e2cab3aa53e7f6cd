import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { type SamlIdp, startSamlIdp } from "../support/saml-idp";
import { readableMail } from "../support/smtp-inbox";
import { answerDnsDuringSpec } from "./support/dns-for-spec";
import { type Browser, expect, expectNoAxeViolations, type Page, test } from "./support/fixtures";
import { receiveMailDuringSpec } from "./support/smtp-inbox-for-spec";

// Issue 5: the demo organisation's administrator connects an OpenID Connect provider and then a SAML
// identity provider (both real, on 127.0.0.1 — another site than the app on localhost), people sign
// in through them in a real browser, and password sign-in is turned off and on again.
// Issue 13: each e-mail domain is proven with a DNS TXT record first, answered by a DNS server of
// the spec's own on loopback (the app's DNS_SERVERS points at it); an existing account is connected
// only after its owner proves it (a mailed link, or the password).

const ADMIN = { email: "anders@demo.lederdialog.dk", password: "demo-lederdialog" };
const appOrigin = `http://localhost:${process.env.E2E_PORT ?? 3210}`;
const PHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const mailsTo = receiveMailDuringSpec();

let oidcProvider: TestOidcProvider;
let samlIdp: SamlIdp;
let admin: Page;
const dns = answerDnsDuringSpec();

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  oidcProvider = await startOidcProvider({ redirectUris: [`${appOrigin}/sso/demo/oidc`] });
  samlIdp = await startSamlIdp({ listen: true });
  admin = await signInWithPassword(browser, ADMIN.email, ADMIN.password);
});

test.afterAll(async () => {
  // Whatever happened above, the demo organisation signs in with passwords again, for the other specs.
  await admin.goto("/admin/log-ind");
  await admin.getByLabel("Kun med adgangskode").check();
  await admin.getByLabel("Tillad også log-ind med adgangskode").check();
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();
  await admin.goto("/admin/log-ind/domaener");
  for (const domain of ["oidc-demo.example", "demo.lederdialog.dk"]) {
    await domainCard(admin, domain).getByRole("button", { name: "Fjern" }).click();
    await expect(admin.getByText(`${domain} er fjernet.`)).toBeVisible();
  }
  await admin.context().close();
  await oidcProvider.close();
  await samlIdp.close();
});

async function signInWithPassword(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/log-ind");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText(/Logget ind som/)).toBeVisible();
  return page;
}

function domainCard(page: Page, domain: string) {
  return page.getByRole("region", { name: domain, exact: true });
}

/** Adds the domain on the administrator's page and proves it: the TXT record holds the page's code. */
async function proveDomain(page: Page, domain: string): Promise<void> {
  await page.goto("/admin/log-ind/domaener");
  await page.getByLabel("Domæne", { exact: true }).fill(domain);
  await page.getByRole("button", { name: "Tilføj domæne" }).click();
  await expect(page.getByText(`${domain} er tilføjet.`)).toBeVisible();
  const record =
    (await domainCard(page, domain)
      .getByText(/^lederdialog-verification=/)
      .textContent()) ?? "";
  dns().txt.set(`_lederdialog.${domain}`, [record]);
  await domainCard(page, domain).getByRole("button", { name: "Tjek nu" }).click();
  await expect(domainCard(page, domain).getByText("Fundet. Domænet er bekræftet.")).toBeVisible();
}

async function continueWithOrganisation(page: Page, email: string): Promise<void> {
  await page.goto("/log-ind");
  await page.getByLabel("Arbejdsmail").fill(email);
  await page.getByRole("button", { name: "Fortsæt til din organisations log-ind" }).click();
}

test("the administrator connects OpenID Connect; password sign-in stays on without a proven domain", async () => {
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Log-ind og single sign-on" }).click();
  await expect(admin.getByRole("heading", { name: "Log-ind for organisationen", level: 1 })).toBeVisible();
  await expectNoAxeViolations(admin);

  // An incomplete form keeps what was typed and says what is missing, field by field.
  await admin.getByLabel("OpenID Connect (fx Entra ID)").check();
  await admin.getByLabel("Klient-id").fill(oidcProvider.clientId);
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByRole("heading", { name: "Der er fejl i formularen" })).toBeVisible();
  await expect(admin.getByLabel("Udsteder (issuer URL)")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Klient-id")).toHaveValue(oidcProvider.clientId);
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Udsteder (issuer URL)").fill(oidcProvider.issuer);
  await admin.getByLabel("Klienthemmelighed").fill(oidcProvider.clientSecret);
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();
  await expect(admin.getByText("Der er gemt en hemmelighed.")).toBeVisible();
  // Without a proven domain, password sign-in stays on.
  await admin.getByLabel("Tillad også log-ind med adgangskode").uncheck();
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByLabel("Tillad også log-ind med adgangskode")).toHaveAccessibleDescription(
    /kan kun slås fra, når organisationen har mindst ét bekræftet e-maildomæne/,
  );
  await expectNoAxeViolations(admin);
});

test("the administrator adds an e-mail domain and proves it with a DNS record before it counts", async ({
  page,
}) => {
  // The domain is added, pending: the page shows the record to create.
  await admin.goto("/admin/log-ind");
  await admin.getByRole("link", { name: "Tilføj og bekræft e-maildomæner" }).click();
  await expect(admin.getByRole("heading", { name: "E-maildomæner", level: 1 })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Domæne", { exact: true }).fill("gmail.com");
  await admin.getByRole("button", { name: "Tilføj domæne" }).click();
  await expect(admin.getByLabel("Domæne", { exact: true })).toHaveAccessibleDescription(
    /Offentlige maildomæner som gmail\.com kan ikke bruges/,
  );
  await expect(admin.getByLabel("Domæne", { exact: true })).toHaveValue("gmail.com");
  await admin.getByLabel("Domæne", { exact: true }).fill("oidc-demo.example");
  await admin.getByRole("button", { name: "Tilføj domæne" }).click();
  const card = domainCard(admin, "oidc-demo.example");
  await expect(card.getByText("Afventer bekræftelse")).toBeVisible();
  await expect(card.getByText("_lederdialog.oidc-demo.example")).toBeVisible();
  const record = (await card.getByText(/^lederdialog-verification=[0-9a-f]{32}$/).textContent()) ?? "";
  await expectNoAxeViolations(admin);

  // Until it is proven, the domain's people are not sent to the organisation's provider.
  await continueWithOrganisation(page, "nina.ny@oidc-demo.example");
  await expect(page.getByLabel("Arbejdsmail")).toHaveAccessibleDescription(
    /Vi kender ikke et log-ind for den adresses organisation\./,
  );
  await expect(page.getByLabel("Arbejdsmail")).toHaveValue("nina.ny@oidc-demo.example");
  await expectNoAxeViolations(page);

  // "Check now": no record, then another code, then a broken name server, then the right record.
  await card.getByRole("button", { name: "Tjek nu" }).click();
  await expect(card.getByText("Ikke fundet. Posten er der ikke endnu.")).toBeVisible();
  dns().txt.set("oidc-demo.example", ["lederdialog-verification=not-our-code"]);
  await card.getByRole("button", { name: "Tjek nu" }).click();
  await expect(card.getByText("Forkert kode. Der er en post, men den har ikke jeres kode.")).toBeVisible();
  dns().txt.delete("oidc-demo.example");
  dns().failing.add("oidc-demo.example");
  dns().failing.add("_lederdialog.oidc-demo.example");
  await card.getByRole("button", { name: "Tjek nu" }).click();
  await expect(card.getByText("Opslaget mislykkedes. DNS svarede ikke; prøv igen om lidt.")).toBeVisible();
  dns().failing.clear();
  dns().txt.set("_lederdialog.oidc-demo.example", [record]);
  await card.getByRole("button", { name: "Tjek nu" }).click();
  await expect(card.getByText("Fundet. Domænet er bekræftet.")).toBeVisible();
  await expect(card.getByText("Bekræftet", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Tjek nu" })).toHaveCount(0);
  await expectNoAxeViolations(admin);
});

test("a new leader's account is made at the first sign-in through OpenID Connect", async ({ page }) => {
  // The provider's built-in page imports a web font; nothing here may leave the machine.
  await page.route(/fonts\.googleapis\.com/, (route) => route.fulfill({ contentType: "text/css", body: "" }));
  oidcProvider.accounts.nina = { email: "nina.ny@oidc-demo.example", email_verified: true, name: "Nina Ny" };
  await continueWithOrganisation(page, "nina.ny@oidc-demo.example");
  // The provider's own sign-in page, on another site.
  await expect(page).toHaveURL(new RegExp(`^${oidcProvider.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill("nina");
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL(`${appOrigin}/min-lederdialog`);
  await expect(page.getByText("Logget ind som Nina Ny")).toBeVisible();
});

test("without JavaScript, the domain page adds, checks and removes a domain", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/log-ind");
  await page.getByLabel("E-mail", { exact: true }).fill(ADMIN.email);
  await page.getByLabel("Adgangskode").fill(ADMIN.password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.goto("/admin/log-ind/domaener");
  await page.getByLabel("Domæne", { exact: true }).fill("Uden-JS.example");
  await page.getByRole("button", { name: "Tilføj domæne" }).click();
  // Each notice from the flash cookie: the address stays plain, and a reload does not repeat it.
  await expect(page).toHaveURL(/\/admin\/log-ind\/domaener$/);
  await expect(page.getByRole("status").filter({ hasText: "uden-js.example er tilføjet." })).toBeVisible();
  const card = domainCard(page, "uden-js.example");
  await card.getByRole("button", { name: "Tjek nu" }).click();
  await expect(card.getByText("Ikke fundet. Posten er der ikke endnu.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/log-ind\/domaener$/);
  await expect(page.getByRole("status").filter({ hasText: "uden-js.example er tjekket." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("uden-js.example er tjekket.")).toHaveCount(0);
  await expect(card.getByText("Ikke fundet. Posten er der ikke endnu.")).toBeVisible();
  const record = (await card.getByText(/^lederdialog-verification=/).textContent()) ?? "";
  dns().txt.set("uden-js.example", ["v=spf1 -all", record]);
  await card.getByRole("button", { name: "Tjek nu" }).click();
  await expect(card.getByText("Fundet. Domænet er bekræftet.")).toBeVisible();
  await card.getByRole("button", { name: "Fjern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "uden-js.example er fjernet." })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/log-ind\/domaener$/);
  await expect(domainCard(page, "uden-js.example")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("uden-js.example er fjernet.")).toHaveCount(0);
  await context.close();
});

test("the demo organisation's own domain is proven the same way", async () => {
  await proveDomain(admin, "demo.lederdialog.dk");
  await admin.goto("/admin/log-ind");
  await expect(admin.getByText("Bekræftede domæner: demo.lederdialog.dk, oidc-demo.example.")).toBeVisible();
  await expectNoAxeViolations(admin);
});

test("SAML: an imported leader signs in through the identity provider and finds their own account", async ({
  page,
  browser,
}) => {
  await admin.goto("/admin/log-ind");
  await admin.getByLabel("SAML 2.0 (fx KOMBIT Context Handler)").check();
  await admin.getByLabel("Identitetsudbyderens single sign-on-adresse").fill(samlIdp.ssoUrl);
  await admin.getByLabel("Identitetsudbyderens entity ID").fill(samlIdp.entityId);
  await admin.getByLabel("Identitetsudbyderens signeringscertifikat").fill(samlIdp.certificate);
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();
  const metadata = await admin.request.get("/sso/demo/saml/metadata.xml");
  expect(await metadata.text()).toContain(`Location="${appOrigin}/sso/demo/saml"`);

  // Demoleder 3 was created by the demo seed, without a password: the identity provider's answer
  // (a new subject, the same address) names that account, which is connected only once its owner
  // opens the link mailed to its address, in this browser.
  samlIdp.user = { subject: "kombit-demoleder-3", email: "Leder3@demo.lederdialog.dk", name: "D. Leder" };
  await continueWithOrganisation(page, "leder3@demo.lederdialog.dk");
  await expect(page.getByRole("heading", { name: "Bekræft, at kontoen er din", level: 1 })).toBeVisible();
  await expect(page.getByText(/Logget ind som/)).toHaveCount(0);
  await expect(page.getByLabel("Adgangskoden til din konto i Lederdialog")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send mig et link" }).click();
  await expect(page.getByText("Vi har sendt et link til leder3@demo.lederdialog.dk.")).toBeVisible();
  await expectNoAxeViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`link-proof-${width}.png`), fullPage: true });
  }
  await expect.poll(() => mailsTo("leder3@demo.lederdialog.dk").length).toBe(1);
  const proofMail = readableMail(mailsTo("leder3@demo.lederdialog.dk")[0]?.raw ?? "");
  const link = /http:\/\/\S+\/sso\/demo\/link\/[\w-]+/.exec(proofMail)?.[0] ?? "";
  expect(link).not.toBe("");
  // Another browser cannot use the link.
  const elsewhere = await (await browser.newContext()).newPage();
  expect((await elsewhere.goto(link))?.status()).toBe(400);
  await expect(
    elsewhere.getByText("Linket virker kun i den browser, hvor du startede log-ind."),
  ).toBeVisible();
  await elsewhere.context().close();
  await page.goto(link);
  await expect(page).toHaveURL(`${appOrigin}/min-lederdialog`);
  await expect(page.getByText("Logget ind som Demoleder 3")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect
    .poll(() =>
      mailsTo("leder3@demo.lederdialog.dk")
        .map((mail) => readableMail(mail.raw))
        .join("\n"),
    )
    .toContain("Din konto er forbundet med din organisations log-ind");

  // A made-up or used finish link signs nobody in.
  const stranger = await (await browser.newContext()).newPage();
  const response = await stranger.goto("/sso/demo/fuldfoer/not-a-real-attempt");
  expect(response?.status()).toBe(410);
  await expect(stranger.getByText("Log-ind-forsøget er udløbet eller allerede brugt.")).toBeVisible();
  await expectNoAxeViolations(stranger);
  await stranger.context().close();
});

// Issue 14: the SAML settings for KOMBIT's Context Handler: metadata imported, errors tied to the
// field, our own key shown (never its private part) and rotated.
test("SAML setup: bad metadata is named at its field, good metadata fills in the provider, and our key rotates", async () => {
  await admin.goto("/admin/log-ind");
  const metadataField = admin.getByLabel("Metadata (XML)");
  await metadataField.fill('<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"/>');
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  const message = "Metadata mangler attributten entityID på EntityDescriptor.";
  await expect(metadataField).toHaveAccessibleDescription(new RegExp(message));
  await expect(metadataField).toHaveAttribute("aria-invalid", "true");
  // What was typed stays.
  await expect(metadataField).toHaveValue('<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"/>');
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Eller vælg en metadatafil").setInputFiles({
    name: "idp.xml",
    mimeType: "text/xml",
    buffer: Buffer.from(samlIdp.metadata()),
  });
  await metadataField.fill("");
  await admin.getByLabel("Teknisk kontakt (e-mail)").fill("it@demo.lederdialog.dk");
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();
  await expect(admin.getByLabel("Identitetsudbyderens single sign-on-adresse")).toHaveValue(samlIdp.ssoUrl);
  await expect(admin.getByRole("heading", { name: "Nøgle i brug" })).toBeVisible();
  await expect(admin.locator("body")).not.toContainText("PRIVATE KEY");

  await admin.getByRole("button", { name: "Lav en ny nøgle" }).click();
  // Said in the keys' section, from the flash cookie (no `?noegle=`), and only once.
  await expect(
    admin
      .locator(".saml-keys")
      .getByRole("status")
      .filter({ hasText: "Den nye nøgle er lavet og står i metadata." }),
  ).toBeVisible();
  await expect(admin).toHaveURL(/\/admin\/log-ind(#saml-keys)?$/);
  await expect(admin.getByRole("heading", { name: "Ny nøgle, endnu ikke i brug" })).toBeVisible();
  await expectNoAxeViolations(admin);
  for (const width of [375, 1280]) {
    await admin.setViewportSize({ width, height: 900 });
    await admin.screenshot({ path: test.info().outputPath(`admin-sso-saml-${width}.png`), fullPage: true });
  }
  await admin.getByRole("button", { name: "Tag den nye nøgle i brug" }).click();
  await expect(admin.getByRole("heading", { name: "Tidligere nøgle, dekrypterer stadig" })).toBeVisible();
  const metadata = await (await admin.request.get("/sso/demo/saml/metadata.xml")).text();
  expect(metadata).toContain('AuthnRequestsSigned="true"');
  expect(metadata.match(/use="encryption"/g)).toHaveLength(2);
  expect(metadata).toContain("mailto:it@demo.lederdialog.dk");
  await admin.getByRole("button", { name: "Fjern den tidligere nøgle" }).click();
  await expect(admin.getByText("Den tidligere nøgle er fjernet.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByText("Den tidligere nøgle er fjernet.")).toHaveCount(0);
});

test("with password sign-in turned off, the organisation's people are sent to single sign-on", async ({
  page,
}) => {
  await admin.goto("/admin/log-ind");
  await admin.getByLabel("Tillad også log-ind med adgangskode").uncheck();
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();

  await page.goto("/log-ind");
  await page.getByLabel("E-mail", { exact: true }).fill("lone@demo.lederdialog.dk");
  await page.getByLabel("Adgangskode").fill("demo-lederdialog");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Din organisation logger ind med sit eget log-ind.")).toBeVisible();
  await expect(page.getByText(/Logget ind som/)).toHaveCount(0);

  // Lone has a password: she proves the account is hers with it (on top of the identity provider).
  samlIdp.user = { subject: "kombit-lone", email: "lone@demo.lederdialog.dk", name: "Lone Lund" };
  await continueWithOrganisation(page, "lone@demo.lederdialog.dk");
  await expect(page.getByRole("heading", { name: "Bekræft, at kontoen er din", level: 1 })).toBeVisible();
  await page.getByLabel("Adgangskoden til din konto i Lederdialog").fill("not her password");
  await page.getByRole("button", { name: "Bekræft med adgangskode" }).click();
  await expect(page.getByText("Adgangskoden passer ikke til kontoen.").first()).toBeVisible();
  await expect(page.getByText(/Logget ind som/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel("Adgangskoden til din konto i Lederdialog").fill("demo-lederdialog");
  await page.getByRole("button", { name: "Bekræft med adgangskode" }).click();
  await expect(page.getByText("Logget ind som Lone Lund")).toBeVisible();
});

test("“Log-ind og sikkerhed” shows Lone her connection, sessions and sign-ins; removing it asks for proof again", async ({
  page,
  browser,
}) => {
  // A second browser where Lone is signed in through the identity provider (connected above).
  const phone = await (await browser.newContext({ userAgent: PHONE })).newPage();
  samlIdp.user = { subject: "kombit-lone", email: "lone@demo.lederdialog.dk", name: "Lone Lund" };
  await continueWithOrganisation(phone, "lone@demo.lederdialog.dk");
  await expect(phone.getByText("Logget ind som Lone Lund")).toBeVisible();

  await continueWithOrganisation(page, "lone@demo.lederdialog.dk");
  await expect(page.getByText("Logget ind som Lone Lund")).toBeVisible();
  await page.getByRole("link", { name: "Åbn log-ind og sikkerhed" }).click();
  await expect(page.getByRole("heading", { name: "Log-ind og sikkerhed", level: 1 })).toBeVisible();
  await expect(page.getByText(`SAML 2.0 · ${samlIdp.entityId}`)).toBeVisible();
  await expect(page.getByText("Denne browser")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Safari på iPhone" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Safari på iPhone" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Organisationens log-ind" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`account-security-${width}.png`), fullPage: true });
  }

  // Ending the phone's session signs the phone out.
  await page
    .getByRole("listitem")
    .filter({ hasText: "Safari på iPhone" })
    .getByRole("button", { name: "Log den ud" })
    .click();
  await expect(page.getByText("Den er logget ud.")).toBeVisible();
  await phone.goto("/min-lederdialog");
  await expect(phone).toHaveURL(/\/log-ind\?redirectTo=/);
  await phone.context().close();

  // Removing the connection: the next sign-in through the identity provider asks for proof again.
  await page.getByRole("button", { name: "Fjern forbindelsen" }).click();
  await expect(page.getByText("Forbindelsen er fjernet.")).toBeVisible();
  await expect(page.getByText("Din konto er ikke forbundet med en organisations log-ind.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await continueWithOrganisation(page, "lone@demo.lederdialog.dk");
  await expect(page.getByRole("heading", { name: "Bekræft, at kontoen er din", level: 1 })).toBeVisible();
});
