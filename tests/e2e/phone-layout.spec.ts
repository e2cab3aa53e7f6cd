import {
  expect,
  expectNoAxeViolations,
  type Locator,
  type Page,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";

// Issue 15, item 10: on a phone the header took four lines and the save bar about 110 px, so the
// first screen of theme 1 showed no field to write in. A phone is 375 × 667 CSS pixels here. The save
// bar is its state above one row of buttons (theme 3's long "Videre til lederkontrakten" may take two lines).
test.use({ viewport: { width: 375, height: 667 } });

/** How many rows the header's brand, links and buttons stand in, as drawn. */
async function headerRows(page: Page): Promise<number> {
  const items = page.locator(".site-header").locator("a, button");
  const tops: number[] = [];
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    if (box && box.width > 0) tops.push(box.y + box.height / 2);
  }
  const rows: number[] = [];
  for (const top of tops.sort((a, b) => a - b)) {
    if (rows.length === 0 || top - (rows.at(-1) ?? 0) > 12) rows.push(top);
  }
  return rows.length;
}

async function height(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
}

test("on a phone the header keeps to two lines, and each theme's first field is on the first screen", async ({
  page,
}) => {
  await page.goto("/");
  expect(await headerRows(page), "header rows, signed out").toBeLessThanOrEqual(2);

  await signUp(page, { name: "Mette Mobil-Kristensen", email: uniqueEmail("mobil") });
  expect(await headerRows(page), "header rows, signed in").toBeLessThanOrEqual(2);
  expect(await height(page.locator(".site-header"))).toBeLessThanOrEqual(96);

  for (const theme of [1, 2, 3]) {
    await page.goto(`/min-lederdialog/forbered/${theme}`);
    const saveBar = page.locator(".sticky-actions");
    // Measured once autosave runs: its one-line state replaces the plain page's "press Save" line.
    await expect(saveBar.getByRole("status").filter({ hasText: "gemmes automatisk" })).toBeVisible();
    expect(await height(saveBar), `save bar on theme ${theme}`).toBeLessThanOrEqual(96);
    const barTop = (await saveBar.boundingBox())?.y ?? 0;
    const field = page.locator(".prepare-form textarea").first();
    const box = await field.boundingBox();
    // The first field starts on the first screen, with room above the save bar to see what one
    // writes (four lines of text), without scrolling.
    expect(box, `first field of theme ${theme}`).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(
      (box?.y ?? 0) + 4 * 24,
      `first field of theme ${theme} shows above the save bar`,
    ).toBeLessThanOrEqual(barTop);
  }
  await expectNoAxeViolations(page);
});
