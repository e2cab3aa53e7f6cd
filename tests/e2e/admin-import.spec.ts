import { parseMail, readableMail } from "../support/smtp-inbox";
import {
  type Browser,
  expect,
  expectNoAxeViolations,
  PASSWORD,
  type Page,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";
import { receiveMailDuringSpec } from "./support/smtp-inbox-for-spec";

const mailsTo = receiveMailDuringSpec();

// The demo organisation's administrator (npm run demo prints the same accounts).
const ADMIN = { email: "anders@demo.lederdialog.dk", password: "demo-lederdialog" };

/** Signs in; a leader lands on "Min lederdialog", the administrator on /admin (issue 15, item 6). */
async function signIn(page: Page, email: string, password: string, landing = /\/min-lederdialog$/) {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(landing);
}

async function importFile(page: Page, csv: string) {
  await page.goto("/admin/import");
  await page.getByLabel("CSV-fil med personer").setInputFiles({
    name: "personer.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByRole("button", { name: "Gennemgå filen" }).click();
}

/** An imported person (no password) chooses one through "Glemt adgangskode" and signs in. */
async function choosePasswordAndSignIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/glemt-adgangskode");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  const resetLink = () =>
    mailsTo(email)
      .map((mail) => readableMail(mail.raw).match(/\/nulstil-adgangskode\/[A-Za-z0-9_-]+/)?.[0])
      .find(Boolean);
  await expect.poll(resetLink, { timeout: 10_000 }).toBeTruthy();
  const link = resetLink();
  await page.goto(link as string);
  await page.getByLabel("Ny adgangskode").fill(PASSWORD);
  await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
  await expect(page).toHaveURL(/\/log-ind$/);
  await expect(page.getByRole("status")).toHaveText(
    "Din adgangskode er skiftet. Log ind med den nye adgangskode.",
  );
  await signIn(page, email, PASSWORD);
  return page;
}

test("the administrator imports people from a CSV file: errors by line first, then a clean import", async ({
  page,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password, /\/admin$/);
  await expect(page.getByRole("heading", { name: "Administration", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Importér personer fra en CSV-fil" }).click();

  const director = uniqueEmail("direktoer");
  const leader = uniqueEmail("leder");
  const bad = [
    "Navn;E-mail;Enhed;Nærmeste leder;Roller",
    `Dorte Direktør;${director};Social og Sundhed;${leader};leder, topledelse`,
    `Søren Ærø;${leader};Social og Sundhed / Hjemmeplejen;${director};leder`,
    "Uden Mail;ikke-en-mail;;;chef",
  ].join("\r\n");
  await page.getByLabel("CSV-fil med personer").setInputFiles({
    name: "personer.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${bad}`, "utf8"),
  });
  await page.getByRole("button", { name: "Gennemgå filen" }).click();
  const errors = page.getByRole("alert");
  await expect(errors).toContainText("Filen har 4 fejl");
  await expect(errors).toContainText(`Linje 2: Ledelseslinjen går i ring via ${leader}.`);
  await expect(errors).toContainText("Linje 4: “ikke-en-mail” er ikke en gyldig e-mailadresse.");
  await expect(errors).toContainText("Linje 4: “chef” er ikke en kendt rolle");
  await expect(page.getByRole("button", { name: /Importér \d+ personer/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const good = [
    "Navn;E-mail;Enhed;Nærmeste leder;Roller",
    `Dorte Direktør;${director};Social og Sundhed;;leder, topledelse`,
    `Søren Ærø;${leader};Social og Sundhed / Hjemmeplejen;${director};leder`,
  ].join("\r\n");
  await page.getByLabel("CSV-fil med personer").setInputFiles({
    name: "personer.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(good, "utf8"),
  });
  await page.getByRole("button", { name: "Gennemgå filen" }).click();
  await expect(page.getByText("Filen er fejlfri: 2 nye personer og 0 opdateringer.")).toBeVisible();
  await page.getByRole("button", { name: "Importér 2 personer" }).click();
  await expect(page.getByRole("status")).toContainText("2 personer er importeret.");
  const row = page.getByRole("row", { name: /Søren Ærø/ });
  await expect(row).toContainText("Social og Sundhed / Hjemmeplejen");
  await expect(row).toContainText("Dorte Direktør");

  // The administrator moves him to another unit on his own page, with the import's checks.
  await row.getByRole("link", { name: /Søren Ærø/ }).click();
  await expect(page.getByRole("heading", { name: "Ret Søren Ærø", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const unitField = page.getByLabel("Enhed", { exact: true });
  await unitField.fill("Findes ikke");
  await page.getByRole("button", { name: "Gem ændringerne" }).click();
  await expect(page.getByRole("alert")).toContainText("Der er ingen enhed med den sti.");
  await expect(unitField).toHaveValue("Findes ikke");
  await unitField.fill("social og sundhed");
  await page.getByRole("button", { name: "Gem ændringerne" }).click();
  await expect(page.getByRole("status")).toContainText("Søren Ærø er gemt.");
  await expect(page.getByRole("row", { name: /Søren Ærø/ })).not.toContainText("Hjemmeplejen");
  await expect(page.getByRole("row", { name: /Søren Ærø/ })).toContainText("Social og Sundhed");
  await page.goto("/admin");

  // Deactivate keeps the person, marked as such.
  await row.getByRole("button", { name: /Deaktivér/ }).click();
  await expect(page.getByRole("row", { name: /Søren Ærø/ })).toContainText("Deaktiveret");
  await expectNoAxeViolations(page);
});

test("an import that gives Lone another nearest leader: listed first, mailed to all three, and her dialogue stays with Niels", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const [lone, niels, mette] = ["lone", "niels", "mette"].map((name) => uniqueEmail(name));
  const file = (loneLeader: string) =>
    [
      "Navn;E-mail;Nærmeste leder;Roller",
      `Lone Lund;${lone};${loneLeader};leder`,
      `Niels Nørgaard;${niels};;leder`,
      `Mette Mortensen;${mette};;leder`,
    ].join("\r\n");
  await signIn(page, ADMIN.email, ADMIN.password, /\/admin$/);
  await importFile(page, file(niels as string));
  await page.getByRole("button", { name: "Importér 3 personer" }).click();
  await expect(page.getByRole("status")).toContainText("3 personer er importeret.");

  // Lone shares her goals and invites Niels, who accepts.
  const lonePage = await choosePasswordAndSignIn(browser, lone as string);
  await lonePage.goto("/min-lederdialog/kontrakt");
  await lonePage.locator('textarea[data-text-key="kontrakt:goals"]').fill("Delt mål om planlægning");
  await expect(lonePage.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();
  await lonePage.goto("/min-lederdialog/dialog");
  await lonePage.getByRole("checkbox", { name: "1. Mål for din ledelsesopgave" }).check();
  // With JavaScript each box is saved as it changes (decision 026).
  await expect(lonePage.locator("#del-goals-status")).toHaveText("Delt. Dit valg er gemt.");
  await expect(lonePage.getByLabel("Din nærmeste leders e-mail")).toHaveValue(niels as string);
  await lonePage.getByLabel("Dato").fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
  await lonePage.getByLabel("Klokkeslæt").fill("10:00");
  await lonePage.getByLabel("Sted").fill("Mødelokale 2");
  await lonePage.getByRole("button", { name: "Send invitationen" }).click();
  const nielsPage = await choosePasswordAndSignIn(browser, niels as string);
  await expect
    .poll(() => mailsTo(niels as string).some((mail) => /\/invitation\//.test(readableMail(mail.raw))))
    .toBe(true);
  const invitation = readableMail(
    mailsTo(niels as string).find((mail) => /\/invitation\//.test(readableMail(mail.raw)))?.raw ?? "",
  ).match(/\/invitation\/[A-Za-z0-9_-]+/)?.[0];
  await nielsPage.goto(invitation as string);
  await nielsPage.getByRole("button", { name: /Tag imod/ }).click();
  await expect(nielsPage).toHaveURL(/\/naermeste-leder\//);
  const nielsDialogue = nielsPage.url();

  // The administrator imports Mette as Lone's nearest leader: the preview lists it before anything.
  await importFile(page, file(mette as string));
  const changes = page.getByRole("region", { name: "Ændringer af nærmeste leder" });
  await expect(changes).toContainText("1 person en anden nærmeste leder");
  await expect(changes.getByRole("listitem")).toHaveText([
    `Linje 2: Lone Lund (${lone}) – fra Niels Nørgaard (${niels}) til Mette Mortensen (${mette})`,
  ]);
  await expectNoAxeViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`import-preview-${width}.png`), fullPage: true });
  }
  const before = [lone, niels, mette].map((email) => mailsTo(email as string).length);
  await page.getByRole("button", { name: "Importér 3 personer" }).click();
  await expect(page.getByRole("status")).toContainText("1 ændring af nærmeste leder er sendt på mail");

  // All three are told, each what concerns them.
  for (const [index, email] of [lone, niels, mette].entries()) {
    await expect
      .poll(() => mailsTo(email as string).length, { timeout: 10_000 })
      .toBe((before[index] ?? 0) + 1);
  }
  const lastTo = async (email: string) => parseMail(mailsTo(email).at(-1)?.raw ?? "");
  expect((await lastTo(lone as string)).text).toContain("Din dialog bliver hos Niels Nørgaard");
  expect((await lastTo(niels as string)).text).toContain("Dialogen med Lone Lund bliver hos dig");
  expect((await lastTo(mette as string)).subject).toBe("Du er registreret som nærmeste leder for Lone Lund");

  // Niels still opens the dialogue and what Lone shared.
  await nielsPage.goto(nielsDialogue);
  await expect(nielsPage.getByText("Delt mål om planlægning")).toBeVisible();

  // Mette sees Lone, but neither dates nor counts; the dialogue is not hers.
  const mettePage = await choosePasswordAndSignIn(browser, mette as string);
  await mettePage.goto("/mine-ledere");
  const row = mettePage.getByRole("row", { name: /Lone Lund/ });
  await expect(row).toContainText("Dialogen er hos en anden nærmeste leder, indtil Lone Lund inviterer dig.");
  await expect(row.getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(mettePage);
  await mettePage.screenshot({ path: test.info().outputPath("overview-elsewhere.png") });
  expect((await mettePage.goto(nielsDialogue))?.status()).toBe(404);

  // Lone's next invitation still goes to Niels; Mette is a suggestion, named, one click away.
  await lonePage.goto("/min-lederdialog/dialog");
  await expect(lonePage.getByLabel("Din nærmeste leders e-mail")).toHaveValue(niels as string);
  await expect(lonePage.getByText("Din organisation har registreret Mette Mortensen")).toContainText(
    "Din dialog er stadig med Niels Nørgaard",
  );
  await expectNoAxeViolations(lonePage);
  await lonePage.locator("#invitation").screenshot({ path: test.info().outputPath("invitation-notice.png") });
  await lonePage.getByRole("link", { name: "Invitér Mette Mortensen i stedet" }).click();
  await expect(lonePage.getByLabel("Din nærmeste leders e-mail")).toHaveValue(mette as string);
  await expect(lonePage.getByText("Invitationen herunder går til Mette Mortensen")).toBeVisible();
});

test("a leader gets 404 on the administration pages", async ({ page }) => {
  await signUp(page, { name: "Almindelig Leder", email: uniqueEmail("ikke-admin") });
  for (const path of ["/admin", "/admin/import", "/admin/enheder"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
