import {
  expect,
  expectNoAxeViolations,
  PASSWORD,
  type Page,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";

// Issue 13, finding 6: someone else's wrong passwords must not lock the owner out of the browser
// where she signed in before; a browser without that history is refused with a way out.

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

test("an attacker's wrong passwords refuse his browser, not the owner's known one", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("ejer");
  await signUp(page, { name: "Olga Ejer", email });
  await page.getByRole("button", { name: "Log ud" }).click();
  await signInWith(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/min-lederdialog$/);
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/log-ind$/);
  await expect(page.getByRole("status")).toHaveText("Du er logget ud.");

  const attackers = await browser.newContext();
  const attacker = await attackers.newPage();
  for (let guess = 1; guess <= 5; guess++) {
    await signInWith(attacker, email, `gæt nummer ${guess}`);
    await expect(attacker.getByRole("alert")).toContainText("E-mailadressen eller adgangskoden er forkert.");
  }
  await signInWith(attacker, email, PASSWORD);
  const summary = attacker.getByRole("alert");
  await expect(summary).toBeVisible();

  await signInWith(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/min-lederdialog$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Velkommen, Olga Ejer");

  // The attacker's browser, without the owner's device cookie, is refused with a way out.
  await expect(summary).toContainText("for mange forkerte forsøg");
  await expect(summary).toContainText("nulstil din adgangskode");
  await expect(attacker.getByLabel("E-mail")).toHaveValue(email);
  await expectNoAxeViolations(attacker);
  await attackers.close();
});
