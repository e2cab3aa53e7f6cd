import { toolContentDa } from "../../app/content/tool-content";
import { expect, expectNoAxeViolations, signUp, test, uniqueEmail } from "./support/fixtures";

// Issue 15, item 8: the kontrakt page fits. With the seed's filled-in example written in, at
// 1280×800 it is at most three screen heights; the step-1 notes sit in a drawer per field that
// marks what is already carried, and a note cannot be carried twice.

const SCREEN = { width: 1280, height: 800 };
const example = (id: string) => toolContentDa.kontraktFields.find((field) => field.id === id)?.example ?? [];

test("the kontrakt with the seed's example fits in three screen heights; a note is carried once", async ({
  page,
}) => {
  // Seven agreements typed through the form on a slow machine: more than the default 30 s.
  test.setTimeout(120_000);
  await page.setViewportSize(SCREEN);
  await signUp(page, { name: "Kamma Kontrakt", email: uniqueEmail("kontrakt") });

  // Step-1 notes: one for the goals field.
  await page.goto("/min-lederdialog/forbered/1");
  await page.locator('textarea[data-text-key="note:goals"]').fill("Implementering af IT-projektet");
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();

  await page.goto("/min-lederdialog/kontrakt");
  for (const field of ["goals", "wellbeing", "alignWithLeader"]) {
    await page.locator(`textarea[data-text-key="kontrakt:${field}"]`).fill(example(field).join("\n"));
    await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();
  }
  for (const [kind, id] of [
    ["self", "agreementsWithSelf"],
    ["leader", "agreementsWithLeader"],
  ] as const) {
    const section = page.locator(`#aftaler-${kind}`);
    for (const line of example(id)) {
      const details = section.locator("details.add-agreement");
      if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
        await section.getByText("Tilføj en aftale").click();
      }
      await section.getByLabel("Aftalen").fill(line);
      await section.getByRole("button", { name: "Tilføj aftale" }).click();
      await expect(section.locator(".agreement__text").getByText(line, { exact: true })).toBeVisible();
    }
  }

  await page.goto("/min-lederdialog/kontrakt");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, `document height ${height}px at 1280×800`).toBeLessThanOrEqual(3 * SCREEN.height);
  await expectNoAxeViolations(page);

  // The goals field's notes: carried once, then marked, with no second button.
  const goals = page.locator("#felt-goals");
  const drawer = goals.locator("details.carry-notes");
  await drawer.locator("summary").click();
  await goals.getByRole("button", { name: "Overfør til feltet" }).click();
  await expect(page.locator('textarea[data-text-key="kontrakt:goals"]')).toHaveValue(
    `${example("goals").join("\n")}\n\nImplementering af IT-projektet`,
  );
  await expect(goals.getByRole("button", { name: "Overfør til feltet" })).toHaveCount(0);
  await expect(goals.getByText("Overført til feltet")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();
  await page.reload();
  await expect(drawer.locator("summary")).toContainText("1 af 1 overført");
  await expect(goals.getByRole("button", { name: "Overfør til feltet" })).toHaveCount(0);
});
