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

// Issue 15: a text written in two places at once — two people in the shared notes, two tabs on
// the same kontrakt field — ends with every line either wrote exactly once, also after a reload.
const mailsTo = receiveMailDuringSpec();

function danishDate(daysAhead: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(
    new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000),
  );
}

const lines = (text: string) => text.split("\n");
const saved = (page: Page) =>
  expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();

/** A leader and their nearest leader, both signed in (in their own browser contexts) on the dialogue. */
async function dialogueForTwo(page: Page, browser: Browser) {
  const leaderEmail = uniqueEmail("soeren");
  const nearestEmail = uniqueEmail("niels");
  await signUp(page, { name: "Søren Leder", email: leaderEmail });
  await page.goto("/min-lederdialog/dialog");
  await page.getByLabel("Din nærmeste leders e-mail").fill(nearestEmail);
  await page.getByLabel("Dato").fill(danishDate(3));
  await page.getByLabel("Klokkeslæt").fill("13:00");
  await page.getByLabel("Sted").fill("Mødelokale 1");
  await page.getByRole("button", { name: "Send invitationen" }).click();
  await expect.poll(() => mailsTo(nearestEmail).length, { timeout: 10_000 }).toBe(1);
  const link = (await parseMail(mailsTo(nearestEmail)[0]?.raw ?? "")).text.match(
    /http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]+/,
  )?.[0] as string;
  const nearestContext = await browser.newContext();
  const nearest = await nearestContext.newPage();
  await signUp(nearest, { name: "Niels Nærmeste", email: nearestEmail });
  await nearest.goto(link);
  await nearest.getByRole("button", { name: "Tag imod invitationen" }).click();
  await expect(nearest).toHaveURL(/\/naermeste-leder\/[0-9a-f-]{36}$/);
  const dialogueId = nearest.url().split("/").at(-1) as string;
  await nearest.goto(`/dialog/${dialogueId}`);
  await page.goto(`/dialog/${dialogueId}`);
  return { nearest, close: () => nearestContext.close() };
}

test("two people typing into the shared notes at once: each line exactly once, in both browsers and after reload", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { nearest, close } = await dialogueForTwo(page, browser);
  const leaderNotes = page.getByLabel("Noter fra dialogen");
  const nearestNotes = nearest.getByLabel("Noter fra dialogen");

  // Both start a line at the same moment and pause mid-word (each pause saves), then finish it,
  // then each adds a second line: every save crosses one from the other browser.
  await Promise.all([
    leaderNotes.pressSequentially("Søren skr"),
    nearestNotes.pressSequentially("Niels skr"),
  ]);
  await Promise.all([saved(page), saved(nearest)]);
  await Promise.all([leaderNotes.pressSequentially("iver"), nearestNotes.pressSequentially("iver")]);
  await Promise.all([saved(page), saved(nearest)]);
  await Promise.all([
    leaderNotes.press("End").then(() => leaderNotes.pressSequentially("\nSøren igen")),
    nearestNotes.press("End").then(() => nearestNotes.pressSequentially("\nNiels igen")),
  ]);
  await Promise.all([saved(page), saved(nearest)]);

  const written = ["Søren skriver", "Niels skriver", "Søren igen", "Niels igen"];
  const eachOnce = async (who: Page) => {
    const text = await who.getByLabel("Noter fra dialogen").inputValue();
    return written.map((line) => lines(text).filter((each) => each === line).length);
  };
  for (const who of [page, nearest]) {
    // The other browser's last save arrives by the page's look for changes.
    await expect.poll(() => eachOnce(who), { timeout: 15_000 }).toEqual([1, 1, 1, 1]);
    await who.reload();
    expect(await eachOnce(who)).toEqual([1, 1, 1, 1]);
    expect(lines(await who.getByLabel("Noter fra dialogen").inputValue())).toHaveLength(4);
  }
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await close();
});

test("the same line changed in both browsers keeps both versions, marked, and says so", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { nearest, close } = await dialogueForTwo(page, browser);
  await page.getByLabel("Noter fra dialogen").fill("Aftale: ugentligt");
  await saved(page);
  await expect
    .poll(() => nearest.getByLabel("Noter fra dialogen").inputValue(), { timeout: 15_000 })
    .toBe("Aftale: ugentligt");
  // Both change that line at once.
  await Promise.all([
    page.getByLabel("Noter fra dialogen").fill("Aftale: hver 14. dag"),
    nearest.getByLabel("Noter fra dialogen").fill("Aftale: hver måned"),
  ]);
  await Promise.all([saved(page), saved(nearest)]);
  for (const who of [page, nearest]) {
    await expect(who.getByRole("alert")).toContainText(
      "Teksten blev ændret et andet sted — se begge udgaver",
      {
        timeout: 15_000,
      },
    );
    const text = lines(await who.getByLabel("Noter fra dialogen").inputValue());
    expect(text).toContain("Aftale: hver 14. dag");
    expect(text).toContain("Aftale: hver måned");
    expect(text).toContain("——— Slut på de to udgaver ———");
  }
  await expectNoAxeViolations(nearest);
  // The person chooses: keep one line, delete the rest; the notice goes, and that is saved.
  await nearest.getByLabel("Noter fra dialogen").fill("Aftale: hver 14. dag");
  await saved(nearest);
  await expect(nearest.getByRole("alert")).toHaveCount(0);
  await expect
    .poll(() => page.getByLabel("Noter fra dialogen").inputValue(), { timeout: 15_000 })
    .toBe("Aftale: hver 14. dag");
  await close();
});

test("two tabs adding a paragraph to the same kontrakt field: both paragraphs kept, each tab shows them", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await signUp(page, { name: "Lone Leder", email: uniqueEmail("lone") });
  const field = '[data-text-key="kontrakt:goals"]';
  await page.goto("/min-lederdialog/kontrakt");
  await page.locator(field).fill("Mål for året.");
  await saved(page);
  const other = await context.newPage();
  await other.goto("/min-lederdialog/kontrakt");
  await expect(other.locator(field)).toHaveValue("Mål for året.");

  await page.locator(field).press("End");
  await page.locator(field).pressSequentially("\n\nFørste fane.");
  await saved(page);
  // The second tab still shows the text as it was when it opened.
  await other.locator(field).press("End");
  await other.locator(field).pressSequentially("\n\nAnden fane.");
  await saved(other);
  // The stale tab now shows what is saved: both paragraphs.
  await expect(other.locator(field)).toHaveValue("Mål for året.\n\nFørste fane.\n\nAnden fane.");
  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.locator(field)).toHaveValue("Mål for året.\n\nFørste fane.\n\nAnden fane.");
  }
  await expectNoAxeViolations(other);
});
