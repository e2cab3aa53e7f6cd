import { expect, expectNoAxeViolations, signUp, test, uniqueEmail } from "./support/fixtures";

test("the leader picks points, shares one part, previews exactly that, and revokes it", async ({ page }) => {
  await signUp(page, { name: "Dialog Dahl", email: uniqueEmail("dialog") });
  await page.goto("/min-lederdialog/kontrakt");
  await page.locator('textarea[data-text-key="kontrakt:goals"]').fill("Fokus på nøgletal for drift");
  await page.locator('textarea[data-text-key="kontrakt:wellbeing"]').fill("Det her er privat");
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();

  await page.getByRole("link", { name: "Videre til dialogen med din nærmeste leder" }).click();
  await expect(page).toHaveURL(/\/min-lederdialog\/dialog$/);
  await expect(
    page.getByText("Hvilke to til tre pointer vil du drøfte med din nærmeste leder?"),
  ).toBeVisible();
  await page.getByLabel("Pointe 1").fill("Prioritering af sager");
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();
  await expectNoAxeViolations(page);

  // Private by default: the preview shows nothing.
  await page.getByRole("link", { name: "Se præcis det, din nærmeste leder ser" }).click();
  await expect(page.getByText("Din nærmeste leder kan ikke se noget af din lederkontrakt.")).toBeVisible();
  await page.getByRole("link", { name: "Tilbage til forberedelsen af dialogen" }).click();

  // Each box is saved when it is ticked (issue 13): no button to press.
  await page.getByRole("checkbox", { name: "Dine pointer til dialogen" }).check();
  await expect(page.locator("#del-points-status")).toHaveText("Delt. Dit valg er gemt.");
  await page.getByRole("checkbox", { name: "1. Mål for din ledelsesopgave" }).check();
  await expect(page.locator("#del-goals-status")).toHaveText("Delt. Dit valg er gemt.");
  await page.getByRole("link", { name: "Se præcis det, din nærmeste leder ser" }).click();
  await expect(page.getByText("Prioritering af sager")).toBeVisible();
  await expect(page.getByText("Fokus på nøgletal for drift")).toBeVisible();
  await expect(page.getByText("Det her er privat")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Revoke: untick; the preview no longer has it.
  await page.goto("/min-lederdialog/dialog");
  await page.getByRole("checkbox", { name: "1. Mål for din ledelsesopgave" }).uncheck();
  await expect(page.locator("#del-goals-status")).toHaveText("Ikke delt. Dit valg er gemt.");
  await page.goto("/min-lederdialog/dialog/forhaandsvisning");
  await expect(page.getByText("Prioritering af sager")).toBeVisible();
  await expect(page.getByText("Fokus på nøgletal for drift")).toHaveCount(0);

  // The leader can take all their data along, as one JSON file from the home page.
  await page.goto("/min-lederdialog");
  const href = await page.getByRole("link", { name: "Hent alle dine data (JSON)" }).getAttribute("href");
  const exported = await (await page.request.get(href ?? "")).json();
  expect(exported.cycles[0].texts["kontrakt:goals"]).toBe("Fokus på nøgletal for drift");
  expect(exported.cycles[0].sharedWithNearestLeader).toEqual(["points"]);
  await expectNoAxeViolations(page);
});
