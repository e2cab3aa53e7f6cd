import ICAL from "ical.js";
import { mustReadPdfs } from "../support/poppler";
import { downloadedPdfText, downloadedText } from "./support/files";
import {
  dateInDenmark,
  expect,
  expectNoAxeViolations,
  PASSWORD,
  test,
  uniqueEmail,
} from "./support/fixtures";

// Issue #3's walk: a new leader, on their own, in Danish and in English.
const LANGUAGES = {
  da: {
    browserLocale: "da-DK",
    name: "Dit navn",
    email: "E-mail",
    password: "Adgangskode",
    signUp: "Opret konto",
    checkMail: "Tjek din mail",
    continue: "Fortsæt",
    startPrepare: "Start forberedelsen",
    saved: "Alt er gemt.",
    next: "Næste tema",
    toKontrakt: "Videre til lederkontrakten",
    carry: "Overfør til feltet",
    addTitle: "Tilføj en aftale",
    agreementText: "Aftalen",
    date: "Første opfølgning (dato)",
    recurrence: "Gentagelse",
    how: "Hvordan følger du op?",
    add: "Tilføj aftale",
    calendar: "Hent til kalenderen (.ics)",
    pdf: "Hent som PDF",
    tickOff: "Afkrydsning",
    yes: "Ja",
    recorded: "Tak. Det er noteret.",
    goalsField: "1. Mål for din ledelsesopgave",
  },
  en: {
    browserLocale: "en-GB",
    name: "Your name",
    email: "E-mail",
    password: "Password",
    signUp: "Create account",
    checkMail: "Check your e-mail",
    continue: "Continue",
    startPrepare: "Start the preparation",
    saved: "Everything is saved.",
    next: "Next theme",
    toKontrakt: "Go on to the leader contract",
    carry: "Copy into the field",
    addTitle: "Add an agreement",
    agreementText: "The agreement",
    date: "First follow-up (date)",
    recurrence: "Repeats",
    how: "How do you follow up?",
    add: "Add agreement",
    calendar: "Add to calendar (.ics)",
    pdf: "Download as PDF",
    tickOff: "Tick off",
    yes: "Yes",
    recorded: "Thank you. It has been noted.",
    goalsField: "1. Goals for your leadership role",
  },
} as const;

for (const [language, words] of Object.entries(LANGUAGES)) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: words.browserLocale });

    test(`a new leader prepares, writes the kontrakt, exports it and ticks off (${language})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const stamp = `${language}-${Date.now()}`;

      await page.goto("/opret-konto");
      await page.getByLabel(words.name).fill(`Leder ${stamp}`);
      await page.getByLabel(words.email).fill(uniqueEmail(`alene-${language}`));
      await page.getByLabel(words.password).fill(PASSWORD);
      await page.getByRole("button", { name: words.signUp }).click();
      // "Check your e-mail" first; the leader can start before the address is verified.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.checkMail);
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: words.continue }).click();
      await page.getByRole("link", { name: words.startPrepare }).click();
      await expect(page).toHaveURL(/\/forbered\/1$/);
      await expectNoAxeViolations(page);

      // Notes in all three themes, each saved automatically.
      const notes = [`Mål-note ${stamp}`, `Trivsel-note ${stamp}`, `Leder-note ${stamp}`] as const;
      for (const [index, note] of notes.entries()) {
        await page.locator('textarea[data-text-key^="note:"]').first().fill(note);
        await expect(page.getByRole("status").filter({ hasText: words.saved })).toBeVisible();
        if (index === 0) {
          await page.reload();
          await expect(page.locator('textarea[data-text-key="note:goals"]')).toHaveValue(note);
        }
        await page.getByRole("button", { name: index < 2 ? words.next : words.toKontrakt }).click();
        if (index < 2) await expectNoAxeViolations(page);
      }

      // Step 2: the goals note is carried into the goals field.
      await expect(page).toHaveURL(/\/kontrakt$/);
      await expectNoAxeViolations(page);
      const goals = page.locator('textarea[data-text-key="kontrakt:goals"]');
      // The notes sit in a folded drawer per field (issue 15, item 8).
      await page.locator("#felt-goals details.carry-notes summary").click();
      await page.locator("#felt-goals").getByRole("button", { name: words.carry }).click();
      await expect(goals).toHaveValue(notes[0]);
      await expect(page.getByRole("status").filter({ hasText: words.saved })).toBeVisible();

      // Two agreements with yourself, one every 14 days.
      const section = page.locator("#aftaler-self");
      const addAgreement = async (text: string, date: string, recurrence: string) => {
        const details = section.locator("details.add-agreement");
        if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
          await section.getByText(words.addTitle).click();
        }
        await section.getByLabel(words.agreementText).fill(text);
        await section.getByLabel(words.date).fill(date);
        await section.getByLabel(words.recurrence).selectOption(recurrence);
        await section.getByLabel(words.how).fill(`Kryds på papir ${stamp}`);
        await section.getByRole("button", { name: words.add }).click();
        await expect(section.getByText(text)).toBeVisible();
      };
      // From today: a new agreement's first follow-up is never in the past.
      await addAgreement(`Jeg holder pauser ${stamp}`, dateInDenmark(0), "biweekly");
      await addAgreement(`Jeg tjekker mails fire gange ${stamp}`, dateInDenmark(1), "once");
      await expectNoAxeViolations(page);

      // The 14-day agreement's calendar file parses with ical.js and repeats every other week.
      const item = section.locator("li", { hasText: `Jeg holder pauser ${stamp}` });
      const [icsDownload] = await Promise.all([
        page.waitForEvent("download"),
        item.getByRole("link", { name: words.calendar }).click(),
      ]);
      const calendar = new ICAL.Component(ICAL.parse(await downloadedText(icsDownload)));
      const event = calendar.getFirstSubcomponent("vevent");
      expect(event?.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY;INTERVAL=2");
      expect(event?.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Copenhagen");

      // The PDF holds the goals and credits BFA.
      const [pdfDownload] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: words.pdf }).click(),
      ]);
      expect(pdfDownload.suggestedFilename()).toBe("lederkontrakt.pdf");
      if (mustReadPdfs) {
        const pdfText = await downloadedPdfText(pdfDownload);
        expect(pdfText).toContain(notes[0]);
        expect(pdfText).toContain("BFA");
      }

      // Tick-off, recorded and shown in the history.
      await item.getByRole("link", { name: words.tickOff }).click();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: words.yes, exact: true }).click();
      // In the tick-off panel, from the flash cookie (no `?afkrydset=1`), and once.
      await expect(
        page.locator("#afkrydsning").getByRole("status").filter({ hasText: words.recorded }),
      ).toBeVisible();
      await expect(page).toHaveURL(/\/min-lederdialog\/aftaler\/[0-9a-f-]{36}#afkrydsning$/);
      await expect(page.locator(".check-history figcaption")).toContainText(
        language === "da" ? "1 holdt" : "1 kept",
      );
      await page.reload();
      await expect(page.getByText(words.recorded)).toHaveCount(0);
      // The answer given is the pressed button, and it can be changed (review of issue 15).
      const panel = page.locator("#afkrydsning");
      await expect(panel.getByRole("button", { name: words.yes, exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await panel.locator('button[value="no"]').click();
      await expect(panel.locator('button[value="no"]')).toHaveAttribute("aria-pressed", "true");
      await expect(panel.getByRole("button", { name: words.yes, exact: true })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
    });
  });
}
