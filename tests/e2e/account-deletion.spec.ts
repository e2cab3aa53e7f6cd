import { expect, expectNoAxeViolations, PASSWORD, signUp, test, uniqueEmail } from "./support/fixtures";

// Issue 6, item 3, in the browser: a leader deletes their account from the home page, and an
// administrator sets the organisation's retention period.

test("a leader deletes their account: the address must be typed, then everything is gone", async ({
  page,
}) => {
  // Sign-up includes verifying the address through the mail: more steps than 30 s allows under load.
  test.setTimeout(60_000);
  const email = uniqueEmail("slet");
  await signUp(page, { name: "Sofie Slet", email });
  await page.getByRole("link", { name: "Slet din konto og alt, hvad du har skrevet" }).click();
  await expect(page.getByRole("heading", { name: "Slet din konto", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Skriv din e-mailadresse for at bekræfte").fill("en-anden@eksempel.dk");
  await page.getByRole("button", { name: "Slet min konto" }).click();
  await expect(page.getByLabel("Skriv din e-mailadresse for at bekræfte")).toHaveAccessibleDescription(
    /Det er ikke din e-mailadresse\./,
  );
  await expectNoAxeViolations(page);

  await page.getByLabel("Skriv din e-mailadresse for at bekræfte").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Slet min konto" }).click();
  await expect(page).toHaveURL(/\/log-ind$/);
  await expect(page.getByRole("status")).toHaveText("Din konto og alt, hvad du har skrevet, er slettet.");
  await page.reload();
  await expect(page.getByText("Din konto og alt, hvad du har skrevet, er slettet.")).toHaveCount(0);

  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Adgangskode").fill(PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("E-mailadressen eller adgangskoden er forkert.")).toBeVisible();
});

test("the administrator sets how long archived cycles are kept", async ({ page }) => {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail", { exact: true }).fill("anders@demo.lederdialog.dk");
  await page.getByLabel("Adgangskode").fill("demo-lederdialog");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Logget ind som Anders Aagaard")).toBeVisible();
  await page.goto("/admin");
  await page.getByRole("link", { name: "Opbevaring af afsluttede forløb" }).click();
  await expect(
    page.getByText("Lige nu gemmes arkiverede forløb, indtil lederen selv sletter dem."),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const field = page.getByLabel("Slet arkiverede forløb efter (måneder)");
  await field.fill("tolv");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(field).toHaveAccessibleDescription(/Skriv et helt antal måneder fra 1 til 120/);
  await expect(field).toHaveValue("tolv");
  await expectNoAxeViolations(page);

  await field.fill("24");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByText("Lige nu slettes arkiverede forløb efter 24 måneder.")).toBeVisible();
  await expect(field).toHaveValue("24");
  // Back to keeping them, as the other tests expect.
  await field.fill("");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByText("Lige nu gemmes arkiverede forløb")).toBeVisible();
});
