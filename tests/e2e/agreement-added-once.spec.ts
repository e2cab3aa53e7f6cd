import { expect, signUp, test, uniqueEmail } from "./support/fixtures";

// Review of issue 15: after "Tilføj aftale" the form stayed open with the same text, date and
// repeat, and a second press made the same agreement twice (it then stood twice on home too).
// An added agreement is said so, and the form is folded and empty for the next one.
test("an added agreement is confirmed, and the form is folded and empty, so it cannot be added twice", async ({
  page,
}) => {
  await signUp(page, { name: "Agnes Aftale", email: uniqueEmail("aftale-en-gang") });
  await page.goto("/min-lederdialog/kontrakt");
  const section = page.locator("#aftaler-self");
  await section.getByText("Tilføj en aftale").click();
  await section.getByLabel("Aftalen").fill("Jeg holder frokostpause hver dag");
  await section.getByRole("button", { name: "Tilføj aftale" }).click();

  await expect(section.getByRole("status").filter({ hasText: "Aftalen er tilføjet." })).toBeVisible();
  await expect(section.locator(".agreement__text")).toHaveText(["Jeg holder frokostpause hver dag"]);
  const details = section.locator("details.add-agreement");
  await expect(details).not.toHaveAttribute("open");
  await section.getByText("Tilføj en aftale").click();
  await expect(section.getByLabel("Aftalen")).toHaveValue("");
});
