import { expect, expectNoAxeViolations, test } from "./support/fixtures";

test.describe("public pages", () => {
  test("the landing page is Danish, explains the tool and lets a leader start", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Styrk din dialog med din nærmeste leder",
    );
    await expect(page.getByText("Lederen gennemgår interviewguiden med sig selv")).toBeVisible();
    await expect(page.getByRole("link", { name: "Kom i gang" })).toHaveAttribute("href", "/opret-konto");
    await expectNoAxeViolations(page);
  });

  test("'Om værktøjet' credits BFA and shows the tool's questions in its own words", async ({ page }) => {
    await page.goto("/om-vaerktoejet");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Styrk lederens dialog med nærmeste leder",
    );
    await expect(page.getByText("Revideret marts 2024", { exact: false })).toBeVisible();
    await expect(page.getByText(/BFA Velfærd og Offentlig administration/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Styre- og interessegruppe" })).toBeVisible();
    await expect(
      page
        .getByText(
          "Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?",
        )
        .first(),
    ).toBeVisible();
    // Issue 15: the series' directions are explained, and the seed's "(slide 10-11)" — pages of the
    // PDF — is a link to the questions here.
    await expect(page.getByText("Op mod egen leder · Ind mod én selv.")).toBeVisible();
    await expect(page.getByText(/Dette værktøj ser op mod din egen leder/)).toBeVisible();
    await expect(page.getByText(/slide 10/)).toHaveCount(0);
    await page.getByRole("link", { name: "se spørgsmålene" }).click();
    await expect(page).toHaveURL(/\/om-vaerktoejet#interviewguide$/);
    await expect(page.getByRole("heading", { name: "Interviewguide", level: 2 })).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test("the pages are set in IBM Plex Sans, served by the app itself (issue 14, finding 8)", async ({
    page,
  }) => {
    const fontRequests: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "font") fontRequests.push(request.url());
    });
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    const loadedWeights = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.family.replaceAll('"', "") === "IBM Plex Sans" && face.status === "loaded")
        .map((face) => face.weight),
    );
    expect(loadedWeights).toContain("400");
    expect(loadedWeights).toContain("700");
    expect(fontRequests.length).toBeGreaterThan(0);
    const origin = new URL(page.url()).origin;
    for (const url of fontRequests) expect(new URL(url).origin).toBe(origin);
  });

  test("the footer links to the accessibility statement", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" }).click();
    await expect(page).toHaveURL(/\/tilgaengelighed$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilgængelighedserklæring");
    await expectNoAxeViolations(page);
  });

  test("the footer links to the privacy page: what is stored, who sees what, for how long", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privatliv" }).click();
    await expect(page).toHaveURL(/\/privatliv$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privatliv");
    for (const heading of ["Hvad vi gemmer", "Hvem ser hvad", "Hvor længe"]) {
      await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test("an unknown address gets a translated 404 page", async ({ page }) => {
    const response = await page.goto("/findes-ikke");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
    await expectNoAxeViolations(page);
  });

  test("a signed-out visitor who opens 'Min lederdialog' is sent to sign in and back", async ({ page }) => {
    await page.goto("/min-lederdialog");
    await expect(page).toHaveURL(/\/log-ind\?redirectTo=%2Fmin-lederdialog$/);
  });
});
