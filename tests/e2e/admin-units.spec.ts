import { randomUUID } from "node:crypto";
import { expect, expectNoAxeViolations, type Page, signUp, test, uniqueEmail } from "./support/fixtures";

// The demo organisation's administrator (npm run demo prints the same accounts).
const ADMIN = { email: "anders@demo.lederdialog.dk", password: "demo-lederdialog" };

async function signInAsAdmin(page: Page) {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Adgangskode").fill(ADMIN.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test("the administrator adds a unit, renames it and sees it in the tree, then deletes it", async ({
  page,
}) => {
  test.slow(); // many steps, each checked with axe
  await signInAsAdmin(page);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Se og ret enhederne" }).click();
  await expect(page.getByRole("heading", { name: "Enheder", level: 1 })).toBeVisible();
  const tree = page.getByRole("region", { name: "Organisationens enheder" });
  await expect(tree.getByRole("listitem").filter({ hasText: "Sundhed og Omsorg" })).toContainText(
    "Personer: 10",
  );
  await expectNoAxeViolations(page);

  // Bad input: a translated message tied to the field, and what was typed is still there.
  const name = page.getByLabel("Navn");
  await name.fill("Team/Syd");
  await page.getByRole("button", { name: "Tilføj enheden" }).click();
  await expect(page.getByRole("alert")).toContainText("Navnet må ikke indeholde “/”");
  await expect(name).toHaveValue("Team/Syd");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // A unit is added under the level shown: into "Sundhed og Omsorg" from its own page.
  const unit = `Projekt ${Date.now()}`;
  await tree.getByRole("link", { name: "Sundhed og Omsorg", exact: true }).click();
  await page.getByRole("link", { name: "Se og tilføj enheder under “Sundhed og Omsorg”" }).click();
  await expect(page.getByText("Den nye enhed kommer under Sundhed og Omsorg.")).toBeVisible();
  const level = page.getByRole("region", { name: "Enheder under Sundhed og Omsorg" });
  await page.getByLabel("Navn").fill(unit);
  await page.getByRole("button", { name: "Tilføj enheden" }).click();
  await expect(page.getByRole("status")).toHaveText(`Enheden “Sundhed og Omsorg / ${unit}” er tilføjet.`);
  // The notice comes from the flash cookie: the address keeps only the level looked at.
  await expect(page).toHaveURL(/\/admin\/enheder\?under=[0-9a-f-]{36}$/);
  await expect(level.getByRole("link", { name: unit, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // The same unit again is a clash, answered in words.
  await page.getByLabel("Navn").fill(unit);
  await page.getByRole("button", { name: "Tilføj enheden" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Der findes allerede en enhed med det navn samme sted.",
  );
  await expect(page.getByLabel("Navn")).toHaveValue(unit);

  await level.getByRole("link", { name: unit, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Ret enheden “${unit}”`, level: 1 })).toBeVisible();
  await expect(page.getByLabel("Overordnet enhed (hele stien)")).toHaveValue("Sundhed og Omsorg");
  await expectNoAxeViolations(page);

  // A parent path that names no unit: said in words, tied to the field, what was typed kept.
  const parentPath = page.getByLabel("Overordnet enhed (hele stien)");
  await parentPath.fill("Sundhed og Omsorg / Findes ikke");
  await page.getByRole("button", { name: "Gem ændringerne" }).click();
  await expect(page.getByRole("alert")).toContainText("Der er ingen enhed med den sti.");
  await expect(parentPath).toHaveValue("Sundhed og Omsorg / Findes ikke");
  await expect(parentPath).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await parentPath.fill("Sundhed og Omsorg");
  await page.getByLabel("Navn").fill(`${unit} Nord`);
  await page.getByRole("button", { name: "Gem ændringerne" }).click();
  await expect(page.getByRole("status")).toHaveText(`Enheden “Sundhed og Omsorg / ${unit} Nord” er gemt.`);
  await expect(level.getByRole("link", { name: `${unit} Nord`, exact: true })).toBeVisible();
  await expect(level.getByRole("link", { name: unit, exact: true })).toHaveCount(0);

  // A search over every level finds it by its whole path.
  await page.getByLabel("Søg efter en enhed").fill("projekt");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.getByRole("link", { name: `Sundhed og Omsorg / ${unit} Nord` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Vis træet igen" }).click();

  // A unit with people explains why it cannot be deleted; the empty one can be.
  await tree.getByRole("link", { name: "Sundhed og Omsorg", exact: true }).click();
  await expect(
    page.getByText("Enheden kan ikke slettes, så længe der er personer i den (lige nu 10)."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Slet enheden/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Se og tilføj enheder under “Sundhed og Omsorg”" }).click();
  await level.getByRole("link", { name: `${unit} Nord`, exact: true }).click();
  await page.getByRole("button", { name: `Slet enheden “${unit} Nord”` }).click();
  // Deleting cannot be undone: it asks first, and "Fortryd" keeps the unit (issue 15, item 7).
  const dialog = page.getByRole("dialog", { name: `Slet enheden “${unit} Nord”?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Ja, slet enheden" }).click();
  await expect(page.getByRole("status")).toHaveText("Enheden er slettet.");
  await expect(page).toHaveURL(/\/admin\/enheder\?under=[0-9a-f-]{36}$/);
  await expect(level.getByRole("link", { name: `${unit} Nord`, exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Enheden er slettet.")).toHaveCount(0);
});

test("a unit id that is not the organisation's is a 404; a leader gets 404 on the units", async ({
  page,
}) => {
  await signInAsAdmin(page);
  expect((await page.goto(`/admin/enheder/${randomUUID()}`))?.status()).toBe(404);
  expect((await page.goto("/admin/enheder/ikke-et-id"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signUp(page, { name: "Almindelig Leder", email: uniqueEmail("ikke-admin-enheder") });
  for (const path of ["/admin/enheder", `/admin/enheder/${randomUUID()}`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
