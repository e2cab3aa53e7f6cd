import { expect, expectNoAxeViolations, signUp, test, uniqueEmail } from "./support/fixtures";

test.describe("language", () => {
  test("a visitor switches to English and back; the choice is remembered", async ({ page }) => {
    await page.goto("/om-vaerktoejet");
    await page.getByRole("button", { name: "Switch the language to English" }).click();
    await expect(page).toHaveURL(/\/om-vaerktoejet$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "About the tool" }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Strengthen your dialogue with your nearest leader",
    );
    await page.getByRole("link", { name: "Create account" }).first().click();
    await expect(page.getByLabel("Your name")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Skift sproget til dansk" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByLabel("Dit navn")).toBeVisible();
  });

  test("the browser's language decides until the visitor chooses", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("a signed-in leader's choice is their own setting and follows them to a new browser", async ({
    page,
    browser,
  }) => {
    const email = uniqueEmail("sprog");
    await signUp(page, { name: "Erik English", email });
    await page.getByRole("button", { name: "Switch the language to English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Erik English");

    const fresh = await browser.newContext({ locale: "da-DK" });
    const other = await fresh.newPage();
    await other.goto("/log-ind");
    await other.getByLabel("E-mail").fill(email);
    await other.getByLabel("Adgangskode").fill("en god lang adgangssætning");
    await other.getByRole("button", { name: "Log ind" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Welcome, Erik English");
    await expect(other.locator("html")).toHaveAttribute("lang", "en");
    await fresh.close();
  });
});
