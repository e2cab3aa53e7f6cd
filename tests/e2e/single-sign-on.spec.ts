import type { Browser, Page } from "@playwright/test";
import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { type SamlIdp, startSamlIdp } from "../support/saml-idp";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

// Issue 5: the demo organisation's administrator connects an OpenID Connect provider and then a SAML
// identity provider (both real, on 127.0.0.1 — another site than the app on localhost), people sign
// in through them in a real browser, and password sign-in is turned off and on again.

const ADMIN = { email: "anders@demo.lederdialog.dk", password: "demo-lederdialog" };
const appOrigin = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

let oidcProvider: TestOidcProvider;
let samlIdp: SamlIdp;
let admin: Page;

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

async function continueWithOrganisation(page: Page, email: string): Promise<void> {
  await page.goto("/log-ind");
  await page.getByLabel("Arbejdsmail").fill(email);
  await page.getByRole("button", { name: "Fortsæt til din organisations log-ind" }).click();
}

test("the administrator connects OpenID Connect, and a new leader's account is made at the first sign-in", async ({
  page,
}) => {
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Log-ind og single sign-on" }).click();
  await expect(admin.getByRole("heading", { name: "Log-ind for organisationen", level: 1 })).toBeVisible();
  await expectNoAxeViolations(admin);

  // An incomplete form keeps what was typed and says what is missing, field by field.
  await admin.getByLabel("OpenID Connect (fx Entra ID)").check();
  await admin.getByLabel("Organisationens e-maildomæner").fill("oidc-demo.example");
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByRole("heading", { name: "Der er fejl i formularen" })).toBeVisible();
  await expect(admin.getByLabel("Udsteder (issuer URL)")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Organisationens e-maildomæner")).toHaveValue("oidc-demo.example");
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Udsteder (issuer URL)").fill(oidcProvider.issuer);
  await admin.getByLabel("Klient-id").fill(oidcProvider.clientId);
  await admin.getByLabel("Klienthemmelighed").fill(oidcProvider.clientSecret);
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();
  await expect(admin.getByText("Der er gemt en hemmelighed.")).toBeVisible();

  // An address nobody has set up gets a plain answer on the sign-in page.
  await continueWithOrganisation(page, "someone@unknown-domain.example");
  await expect(page.getByLabel("Arbejdsmail")).toHaveAccessibleDescription(
    /Vi kender ikke et log-ind for den adresses organisation\./,
  );
  await expect(page.getByLabel("Arbejdsmail")).toHaveValue("someone@unknown-domain.example");
  await expectNoAxeViolations(page);

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

test("SAML: an imported leader signs in through the identity provider and finds their own account", async ({
  page,
  browser,
}) => {
  await admin.goto("/admin/log-ind");
  await admin.getByLabel("SAML 2.0 (fx KOMBIT Context Handler)").check();
  await admin.getByLabel("Organisationens e-maildomæner").fill("demo.lederdialog.dk");
  await admin.getByLabel("Identitetsudbyderens single sign-on-adresse").fill(samlIdp.ssoUrl);
  await admin.getByLabel("Identitetsudbyderens entity ID").fill(samlIdp.entityId);
  await admin.getByLabel("Identitetsudbyderens signeringscertifikat").fill(samlIdp.certificate);
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByText("Indstillingerne er gemt.")).toBeVisible();
  const metadata = await admin.request.get("/sso/demo/saml/metadata.xml");
  expect(await metadata.text()).toContain(`Location="${appOrigin}/sso/demo/saml"`);

  // Demoleder 3 was created by the demo seed, without a password: the identity provider's answer
  // (a new subject, the same address) is matched to that account.
  samlIdp.user = { subject: "kombit-demoleder-3", email: "Leder3@demo.lederdialog.dk", name: "D. Leder" };
  await continueWithOrganisation(page, "leder3@demo.lederdialog.dk");
  await expect(page).toHaveURL(`${appOrigin}/min-lederdialog`);
  await expect(page.getByText("Logget ind som Demoleder 3")).toBeVisible();
  await expectNoAxeViolations(page);

  // A made-up or used finish link signs nobody in.
  const stranger = await (await browser.newContext()).newPage();
  const response = await stranger.goto("/sso/demo/fuldfoer/not-a-real-attempt");
  expect(response?.status()).toBe(410);
  await expect(stranger.getByText("Log-ind-forsøget er udløbet eller allerede brugt.")).toBeVisible();
  await expectNoAxeViolations(stranger);
  await stranger.context().close();
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

  samlIdp.user = { subject: "kombit-lone", email: "lone@demo.lederdialog.dk", name: "Lone Lund" };
  await continueWithOrganisation(page, "lone@demo.lederdialog.dk");
  await expect(page.getByText("Logget ind som Lone Lund")).toBeVisible();
});
