import { expect, expectNoAxeViolations, type Page, signUp, test, uniqueEmail } from "./support/fixtures";

// Issue 15, item 7: nothing that cannot be undone happens on one click.

async function leaderWithCycle(page: Page, prefix: string) {
  await signUp(page, { name: "Bekræft Bodil", email: uniqueEmail(prefix) });
  await page.goto("/min-lederdialog/kontrakt");
  const section = page.locator("#aftaler-self");
  // The add form is folded until wanted (issue 15, item 8).
  await section.getByText("Tilføj en aftale").click();
  await section.getByLabel("Aftalen").fill("Gå en tur hver dag");
  await section.getByRole("button", { name: "Tilføj aftale" }).click();
  return (await section.getByRole("link", { name: "Ret" }).first().getAttribute("href")) ?? "";
}

test("with JavaScript a new cycle and dropping an agreement ask in a dialog first", async ({ page }) => {
  const agreementHref = await leaderWithCycle(page, "confirm-js");
  await page.goto("/min-lederdialog");
  const trigger = page.getByRole("button", { name: "Start et nyt forløb" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Start et nyt forløb?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Dit nuværende forløb bliver arkiveret");
  // Focus moves into the dialog, onto the safe choice; Escape closes it and nothing happened.
  await expect(dialog.getByRole("button", { name: "Fortryd" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.reload();
  await expect(page.getByRole("link", { name: /Forløb fra/ })).toHaveCount(0);

  await page.goto(agreementHref);
  await page.getByRole("button", { name: "Drop aftalen" }).click();
  const drop = page.getByRole("dialog", { name: "Drop aftalen?" });
  await expect(drop).toContainText("„Gå en tur hver dag“ bliver markeret som droppet.");
  await drop.getByRole("button", { name: "Fortryd" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "Drop aftalen" })).toBeVisible();
  await page.getByRole("button", { name: "Drop aftalen" }).click();
  await page
    .getByRole("dialog", { name: "Drop aftalen?" })
    .getByRole("button", { name: "Ja, drop aftalen" })
    .click();
  await expect(page).toHaveURL(/\/min-lederdialog\/kontrakt/);
  await page.goto(agreementHref);
  await expect(page.getByRole("button", { name: "Genoptag" })).toBeVisible();

  await page.goto("/min-lederdialog");
  await page.getByRole("button", { name: "Start et nyt forløb" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ja, start et nyt forløb" }).click();
  // The dialog closed with the post: the page under it is usable again.
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.getByRole("link", { name: /Forløb fra/ }).click();
  await expect(page).toHaveURL(/\/min-lederdialog\/forloeb\//);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a new cycle and dropping an agreement ask on a confirmation page first", async ({ page }) => {
    const agreementHref = await leaderWithCycle(page, "confirm-nojs");
    await page.goto("/min-lederdialog");
    await page.getByRole("button", { name: "Start et nyt forløb" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Start et nyt forløb?" })).toBeVisible();
    await page.getByRole("link", { name: "Fortryd" }).click();
    await expect(page.getByRole("link", { name: /Forløb fra/ })).toHaveCount(0);

    await page.goto(agreementHref);
    await page.getByRole("button", { name: "Drop aftalen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Drop aftalen?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, drop aftalen" }).click();
    await page.goto(agreementHref);
    await expect(page.getByRole("button", { name: "Genoptag" })).toBeVisible();

    await page.goto("/min-lederdialog");
    await page.getByRole("button", { name: "Start et nyt forløb" }).click();
    await page.getByRole("button", { name: "Ja, start et nyt forløb" }).click();
    await expect(page.getByRole("link", { name: /Forløb fra/ })).toHaveCount(1);
  });
});
