import { expect, expectNoAxeViolations, signUp, test, uniqueEmail } from "./support/fixtures";

// The demo organisation's administrator (npm run demo prints the same accounts).
const ADMIN = { email: "anders@demo.lederdialog.dk", password: "demo-lederdialog" };

test("the administrator imports people from a CSV file: errors by line first, then a clean import", async ({
  page,
}) => {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Adgangskode").fill(ADMIN.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("link", { name: "Gå til administration" }).click();
  await expect(page.getByRole("heading", { name: "Administration", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Importér personer fra en CSV-fil" }).click();

  const director = uniqueEmail("direktoer");
  const leader = uniqueEmail("leder");
  const bad = [
    "Navn;E-mail;Enhed;Nærmeste leder;Roller",
    `Dorte Direktør;${director};Social og Sundhed;${leader};leder, topledelse`,
    `Søren Ærø;${leader};Social og Sundhed / Hjemmeplejen;${director};leder`,
    "Uden Mail;ikke-en-mail;;;chef",
  ].join("\r\n");
  await page.getByLabel("CSV-fil med personer").setInputFiles({
    name: "personer.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${bad}`, "utf8"),
  });
  await page.getByRole("button", { name: "Gennemgå filen" }).click();
  const errors = page.getByRole("alert");
  await expect(errors).toContainText("Filen har 4 fejl");
  await expect(errors).toContainText(`Linje 2: Ledelseslinjen går i ring via ${leader}.`);
  await expect(errors).toContainText("Linje 4: “ikke-en-mail” er ikke en gyldig e-mailadresse.");
  await expect(errors).toContainText("Linje 4: “chef” er ikke en kendt rolle");
  await expect(page.getByRole("button", { name: /Importér \d+ personer/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const good = [
    "Navn;E-mail;Enhed;Nærmeste leder;Roller",
    `Dorte Direktør;${director};Social og Sundhed;;leder, topledelse`,
    `Søren Ærø;${leader};Social og Sundhed / Hjemmeplejen;${director};leder`,
  ].join("\r\n");
  await page.getByLabel("CSV-fil med personer").setInputFiles({
    name: "personer.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(good, "utf8"),
  });
  await page.getByRole("button", { name: "Gennemgå filen" }).click();
  await expect(page.getByText("Filen er fejlfri: 2 nye personer og 0 opdateringer.")).toBeVisible();
  await page.getByRole("button", { name: "Importér 2 personer" }).click();
  await expect(page.getByRole("status")).toContainText("2 personer er importeret.");
  const row = page.getByRole("row", { name: /Søren Ærø/ });
  const unit = row.getByLabel("Enhed for Søren Ærø");
  await expect(unit.locator("option:checked")).toHaveText("Social og Sundhed / Hjemmeplejen");
  await expect(row).toContainText("Dorte Direktør");

  // The administrator moves him to another unit from the list.
  await unit.selectOption({ label: "Social og Sundhed" });
  await row.getByRole("button", { name: /Gem enhed/ }).click();
  await expect(
    page
      .getByRole("row", { name: /Søren Ærø/ })
      .getByLabel("Enhed for Søren Ærø")
      .locator("option:checked"),
  ).toHaveText("Social og Sundhed");

  // Deactivate keeps the person, marked as such.
  await row.getByRole("button", { name: /Deaktivér/ }).click();
  await expect(page.getByRole("row", { name: /Søren Ærø/ })).toContainText("Deaktiveret");
  await expectNoAxeViolations(page);
});

test("a leader gets 404 on the administration pages", async ({ page }) => {
  await signUp(page, { name: "Almindelig Leder", email: uniqueEmail("ikke-admin") });
  for (const path of ["/admin", "/admin/import", "/admin/enheder"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
