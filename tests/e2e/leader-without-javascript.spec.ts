import { expect, test, uniqueEmail } from "./support/fixtures";

// The step pages as plain forms: every note, carry-over and agreement works with JavaScript off.
test.use({ javaScriptEnabled: false });

test("without JavaScript: notes are saved by the form, a note is carried over, an agreement is added", async ({
  page,
}) => {
  await page.goto("/opret-konto");
  await page.getByLabel("Dit navn").fill("Uden Script");
  await page.getByLabel("E-mail").fill(uniqueEmail("nojs-steps"));
  await page.getByLabel("Adgangskode").fill("en god lang adgangssætning");
  await page.getByRole("button", { name: "Opret konto" }).click();

  await page.goto("/min-lederdialog/forbered/1");
  await expect(page.getByRole("status")).toHaveText(/Husk at trykke på “Gem”/);
  await page.locator('textarea[data-text-key="note:goals"]').fill("Note skrevet uden JavaScript");
  await page.getByRole("button", { name: "Næste tema" }).click();
  await expect(page).toHaveURL(/\/forbered\/2$/);
  await page.goto("/min-lederdialog/forbered/1");
  await expect(page.locator('textarea[data-text-key="note:goals"]')).toHaveValue(
    "Note skrevet uden JavaScript",
  );
  // "Gem" says so on the page it leads back to, from the flash cookie: no `?gemt=1`, and once.
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page).toHaveURL(/\/forbered\/1$/);
  await expect(page.getByRole("status").filter({ hasText: "Dine noter er gemt." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Dine noter er gemt.")).toHaveCount(0);

  await page.goto("/min-lederdialog/kontrakt");
  // The kontrakt's "Gem" speaks of the kontrakt, not of notes (issue 15).
  await page.locator('textarea[data-text-key="kontrakt:goals"]').fill("Mål uden JavaScript");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Din lederkontrakt er gemt." })).toBeVisible();
  await expect(page.getByText("Dine noter er gemt.")).toHaveCount(0);
  await page.locator('textarea[data-text-key="kontrakt:goals"]').fill("");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await page.locator('textarea[data-text-key="kontrakt:wellbeing"]').fill("Uforstyrret tid");
  // The notes and the add form are folded drawers (<details>: no JavaScript needed; issue 15, item 8).
  await page.locator("#felt-goals details.carry-notes summary").click();
  await page.locator("#felt-goals").getByRole("button", { name: "Overfør til feltet" }).click();
  await expect(
    page.locator("#felt-goals").getByRole("status").filter({ hasText: "Noten er overført." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/min-lederdialog\/kontrakt#felt-goals$/);
  await expect(page.locator('textarea[data-text-key="kontrakt:goals"]')).toHaveValue(
    "Note skrevet uden JavaScript",
  );
  // What was typed in another field before the carry-over was kept too.
  await expect(page.locator('textarea[data-text-key="kontrakt:wellbeing"]')).toHaveValue("Uforstyrret tid");
  await page.reload();
  await expect(page.getByText("Noten er overført.")).toHaveCount(0);

  const section = page.locator("#aftaler-leader");
  await section.getByText("Tilføj en aftale").click();
  await section.getByLabel("Aftalen").fill("");
  await section.getByLabel("Gentagelse").selectOption("quarterly");
  await section.getByRole("button", { name: "Tilføj aftale" }).click();
  await expect(page.locator("#aftaler-leader").getByRole("alert")).toContainText("Skriv aftalen.");
  await expect(page.locator("#aftaler-leader").getByRole("alert")).toContainText(
    "En gentaget opfølgning skal have en første dato.",
  );
  await page.locator("#aftaler-leader").getByLabel("Aftalen").fill("Kvartalsdialog med min leder");
  await page.locator("#aftaler-leader").getByLabel("Første opfølgning (dato)").fill("2027-01-04");
  await page.locator("#aftaler-leader").getByRole("button", { name: "Tilføj aftale" }).click();
  await expect(page.locator("#aftaler-leader").getByText("Kvartalsdialog med min leder")).toBeVisible();
  await expect(page.locator("#aftaler-leader .agreement__meta")).toContainText("Hvert kvartal");
});
