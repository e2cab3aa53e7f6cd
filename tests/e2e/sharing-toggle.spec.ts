import { parseMail } from "../support/smtp-inbox";
import {
  type Browser,
  expect,
  expectNoAxeViolations,
  type Page,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";
import { receiveMailDuringSpec } from "./support/smtp-inbox-for-spec";

// Issue 13, finding 5: unticking a part on the sharing page did not unshare it until "Gem valget"
// was pressed, while the page said "så virker det med det samme". With JavaScript each box is now
// saved when it changes; without it, the button saves, and the page says which of the two it is.

const mailsTo = receiveMailDuringSpec();
const GOALS = "1. Mål for din ledelsesopgave";
const GOALS_TEXT = "Bedre planlægning af driften";

/** Saves a kontrakt text the way the page's autosave does (the endpoint works without JavaScript too). */
async function saveText(page: Page, key: string, body: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/min-lederdialog/gem", {
    form: { key, body },
    headers: { Origin: origin },
  });
  expect(response.status()).toBe(200);
}

/** The leader shares the goals with the form's own request, so the set-up does not depend on the toggles. */
async function shareGoals(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/min-lederdialog/dialog", {
    form: { intent: "share", part: "goals" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
}

/** A leader whose invitation the nearest leader accepted, in two browser contexts. */
async function leaderWithAcceptedNearestLeader(page: Page, browser: Browser): Promise<Page> {
  const nearestEmail = uniqueEmail("naermeste");
  await signUp(page, { name: "Delia Deling", email: uniqueEmail("delia") });
  await saveText(page, "kontrakt:goals", GOALS_TEXT);
  await shareGoals(page);
  await page.goto("/min-lederdialog/dialog");
  await page.getByLabel("Din nærmeste leders e-mail").fill(nearestEmail);
  await page.getByLabel("Dato").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Klokkeslæt").fill("10:00");
  await page.getByLabel("Sted").fill("Mødelokale 2");
  await page.getByRole("button", { name: "Send invitationen" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Invitationen er sendt til ${nearestEmail}` }),
  ).toBeVisible();
  await expect.poll(() => mailsTo(nearestEmail).length, { timeout: 10_000 }).toBe(1);
  const mail = await parseMail(mailsTo(nearestEmail)[0]?.raw ?? "");
  const link = mail.text.match(/http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]+/)?.[0] ?? "";

  const nearest = await (await browser.newContext()).newPage();
  await signUp(nearest, { name: "Niels Nærmeste", email: nearestEmail });
  await nearest.goto(link);
  await nearest.getByRole("button", { name: "Tag imod invitationen" }).click();
  await expect(nearest).toHaveURL(/\/naermeste-leder\/[0-9a-f-]{36}$/);
  await expect(nearest.getByText(GOALS_TEXT)).toBeVisible();
  return nearest;
}

test("with JavaScript, unticking a part unshares it at once, without any button", async ({
  page,
  browser,
  browserErrors,
}, testInfo) => {
  test.setTimeout(90_000);
  // Offline on purpose below: the browser logs the toggle it could not send.
  browserErrors.allow(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  const nearest = await leaderWithAcceptedNearestLeader(page, browser);
  await page.goto("/min-lederdialog/dialog");
  const goals = page.getByRole("checkbox", { name: GOALS });
  await expect(goals).toBeChecked();

  await goals.uncheck();
  // No button is pressed: the nearest leader's next look no longer has it.
  await expect
    .poll(
      async () => {
        await nearest.reload();
        return nearest.getByText(GOALS_TEXT).count();
      },
      { timeout: 10_000 },
    )
    .toBe(0);
  await expect(page.locator("#del-goals-status")).toHaveText("Ikke delt. Dit valg er gemt.");
  // The page says what happens; there is no button to forget.
  await expect(page.locator("#deling").getByText("Hvert kryds gemmes med det samme")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gem valget" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Ticked again: shared again, at once.
  await goals.check();
  await expect(page.locator("#del-goals-status")).toHaveText("Delt. Dit valg er gemt.");
  await nearest.reload();
  await expect(nearest.getByText(GOALS_TEXT)).toBeVisible();

  // The state is the server's: after a reload the page shows what is stored.
  await page.reload();
  await expect(goals).toBeChecked();
  await expect(page.locator("#del-goals-status")).toHaveText("Delt");

  // A save that fails puts the box back as stored, and says so.
  await page.context().setOffline(true);
  await goals.click(); // not uncheck(): the box is back before Playwright looks

  await expect(page.locator("#del-goals-status")).toHaveText("Ikke gemt – stadig delt. Prøv igen.");
  await expect(goals).toBeChecked();
  await page.context().setOffline(false);
  await nearest.reload();
  await expect(nearest.getByText(GOALS_TEXT)).toBeVisible();

  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const file = testInfo.outputPath(`sharing-${width}.png`);
    await page.locator("#deling").screenshot({ path: file });
    await testInfo.attach(`sharing-${width}`, { path: file, contentType: "image/png" });
  }
  await nearest.context().close();
});

test("without JavaScript, the button saves the choice, and the page says so", async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signUp(page, { name: "Uden Script", email: uniqueEmail("udenjs") });
  await saveText(page, "kontrakt:goals", GOALS_TEXT);
  await page.goto("/min-lederdialog/dialog");
  const section = page.locator("#deling");
  await expect(section.getByText("Dit valg gemmes, når du trykker på “Gem valget”.")).toBeVisible();
  await expect(page.locator("#del-goals-status")).toHaveText("Ikke delt");

  await page.getByRole("checkbox", { name: GOALS }).check();
  await page.getByRole("button", { name: "Gem valget" }).click();
  await expect(page.getByText("Dit valg er gemt.")).toBeVisible();
  await expect(page.locator("#del-goals-status")).toHaveText("Delt");
  await page.goto("/min-lederdialog/dialog/forhaandsvisning");
  await expect(page.getByText(GOALS_TEXT)).toBeVisible();

  await page.goto("/min-lederdialog/dialog");
  await page.getByRole("checkbox", { name: GOALS }).uncheck();
  await page.getByRole("button", { name: "Gem valget" }).click();
  await expect(page.locator("#del-goals-status")).toHaveText("Ikke delt");
  await page.goto("/min-lederdialog/dialog/forhaandsvisning");
  await expect(page.getByText(GOALS_TEXT)).toHaveCount(0);
  // (axe needs scripts in the page: the same markup is checked with JavaScript above.)
  await page.goto("/min-lederdialog/dialog");
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const file = testInfo.outputPath(`sharing-no-js-${width}.png`);
    await section.screenshot({ path: file });
    await testInfo.attach(`sharing-no-js-${width}`, { path: file, contentType: "image/png" });
  }
  await context.close();
});
