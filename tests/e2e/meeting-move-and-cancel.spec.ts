import ICAL from "ical.js";
import { parseMail, readableMail } from "../support/smtp-inbox";
import {
  type Browser,
  expect,
  expectNoAxeViolations,
  type Locator,
  type Page,
  signUp,
  test,
  uniqueEmail,
  VERIFICATION_LINK,
} from "./support/fixtures";
import { receiveMailDuringSpec } from "./support/smtp-inbox-for-spec";

// Issue 15: moving and cancelling a dialogue as the two people do it, in two browsers, with the
// calendar messages read from the real SMTP inbox (decision 032).
const mailsTo = receiveMailDuringSpec();

/** A Danish calendar date some days from now, as a date field takes it ("2026-12-15"). */
function danishDate(daysAhead: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(
    new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000),
  );
}

/** The same date as the pages write it in Danish ("15. december 2026"). */
function inWords(localDate: string): string {
  return new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(
    new Date(`${localDate}T12:00:00Z`),
  );
}

/** The calendar messages mailed to `email`, oldest first, read by ical.js. */
async function calendarMessagesTo(email: string) {
  const messages = [];
  for (const mail of mailsTo(email)) {
    if (VERIFICATION_LINK.test(readableMail(mail.raw))) continue;
    const parsed = await parseMail(mail.raw);
    if (!parsed.calendar) continue;
    const calendar = new ICAL.Component(ICAL.parse(parsed.calendar));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
    messages.push({
      method: String(calendar.getFirstPropertyValue("method")),
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toString(),
      status: event.component.getFirstPropertyValue("status"),
      text: parsed.text,
    });
  }
  return messages;
}

/** Presses Tab until `target` has the focus: it is reached by keyboard, in the page's order. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("not reached by Tab");
}

/**
 * The leader signs up and invites a nearest leader who already has an account; he accepts from the
 * mail. Returns both pages and the dialogue's id and first calendar message.
 */
async function inviteAndAccept(page: Page, browser: Browser, names: { leader: string; nearest: string }) {
  const leaderEmail = uniqueEmail("flyt-leder");
  const nearestEmail = uniqueEmail("flyt-naermeste");
  const nearestContext = await browser.newContext();
  const nearest = await nearestContext.newPage();
  await signUp(nearest, { name: names.nearest, email: nearestEmail });
  await signUp(page, { name: names.leader, email: leaderEmail });
  const firstDate = danishDate(7);
  await page.goto("/min-lederdialog/dialog");
  await page.getByLabel("Din nærmeste leders e-mail").fill(nearestEmail);
  await page.getByLabel("Dato").fill(firstDate);
  await page.getByLabel("Klokkeslæt").fill("10:00");
  await page.getByLabel("Sted").fill("Mødelokale 2");
  await page.getByRole("button", { name: "Send invitationen" }).click();
  await expect.poll(async () => (await calendarMessagesTo(nearestEmail)).length, { timeout: 10_000 }).toBe(1);
  const [invitation] = await calendarMessagesTo(nearestEmail);
  const link = invitation?.text.match(/http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, "invitation link in the mail").toBeTruthy();
  await nearest.goto(link as string);
  await nearest.getByRole("button", { name: "Tag imod invitationen" }).click();
  await expect(nearest).toHaveURL(/\/naermeste-leder\/[0-9a-f-]{36}$/);
  const dialogueId = nearest.url().split("/").at(-1) as string;
  return {
    nearest,
    nearestEmail,
    leaderEmail,
    dialogueId,
    firstDate,
    invitation: invitation as NonNullable<typeof invitation>,
  };
}

test("the leader moves the dialogue and then cancels it: both pages follow, his calendar gets REQUEST then CANCEL", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { nearest, nearestEmail, dialogueId, firstDate, invitation } = await inviteAndAccept(page, browser, {
    leader: "Maja Møller",
    nearest: "Bo Bertelsen",
  });
  expect(invitation.method).toBe("REQUEST");
  expect(invitation.start).toBe(`${firstDate}T10:00:00`);
  await nearest.goto("/min-lederdialog");
  await expect(
    nearest.getByRole("link", { name: `Maja Møllers dialog ${inWords(firstDate)} kl. 10.00 – forbered dig` }),
  ).toBeVisible();

  // She moves it on the meeting page: a new date and time by the fields, the place typed and the
  // form sent with the keyboard alone.
  const newDate = danishDate(9);
  await page.goto("/min-lederdialog/dialog");
  await page.getByRole("link", { name: "Åbn dialogen" }).click();
  await expect(page).toHaveURL(new RegExp(`/dialog/${dialogueId}$`));
  const moveOrCancel = page.getByRole("region", { name: "Flyt eller aflys" });
  // The move form is folded until wanted; Tab and Enter open it.
  await expect(moveOrCancel.getByLabel("Dato")).toBeHidden();
  await tabTo(page, moveOrCancel.getByText("Flyt dialogen", { exact: true }));
  await page.keyboard.press("Enter");
  await moveOrCancel.getByLabel("Dato").fill(newDate);
  await moveOrCancel.getByLabel("Klokkeslæt").fill("14:30");
  const place = moveOrCancel.getByLabel("Sted");
  await tabTo(page, place);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Mødelokale 4");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Dialogen er flyttet" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Dialogen ${inWords(newDate)}`);
  await expect(page.getByText("kl. 14.30, 45 minutter · Mødelokale 4")).toBeVisible();
  await expectNoAxeViolations(page);

  // He sees the new time on his home, his preparation page and the meeting page.
  await nearest.goto("/min-lederdialog");
  await expect(
    nearest.getByRole("link", { name: `Maja Møllers dialog ${inWords(newDate)} kl. 14.30 – forbered dig` }),
  ).toBeVisible();
  await expect(nearest.getByText(inWords(firstDate))).toHaveCount(0);
  await nearest.goto(`/naermeste-leder/${dialogueId}`);
  await expect(nearest.getByText(`${inWords(newDate)} kl. 14.30 · Mødelokale 4`)).toBeVisible();
  await nearest.goto(`/dialog/${dialogueId}`);
  await expect(nearest.getByRole("heading", { level: 1 })).toHaveText(`Dialogen ${inWords(newDate)}`);
  // Only the leader moves or cancels.
  await expect(nearest.getByRole("region", { name: "Flyt eller aflys" })).toHaveCount(0);

  // His calendar gets the update: the same event (UID), a higher SEQUENCE, the new time.
  await expect.poll(async () => (await calendarMessagesTo(nearestEmail)).length, { timeout: 10_000 }).toBe(2);
  const moved = (await calendarMessagesTo(nearestEmail))[1];
  expect(moved?.method).toBe("REQUEST");
  expect(moved?.uid).toBe(invitation.uid);
  expect(moved?.sequence).toBeGreaterThan(invitation.sequence);
  expect(moved?.start).toBe(`${newDate}T14:30:00`);

  // She cancels, by keyboard: the link, then the confirmation, which says what will happen.
  await page.goto(`/dialog/${dialogueId}`);
  await tabTo(page, page.getByRole("link", { name: "Aflys denne dialog" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: `Vil du aflyse dialogen ${inWords(newDate)} kl. 14.30?` }),
  ).toBeVisible();
  await expect(page.getByText("Den anden får en aflysning på mail")).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole("button", { name: "Ja, aflys" }));
  await page.keyboard.press("Enter");
  // The notice comes from the flash cookie (decision 038): no flag in the address, gone after a reload.
  await expect(page).toHaveURL(/\/min-lederdialog\/dialog(#[\w-]+)?$/);
  await expect(page.getByText("Dialogen er aflyst, og den anden har fået besked.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Gone from both homes, and the meeting page is gone for him.
  await page.goto("/min-lederdialog");
  await expect(page.getByText(inWords(newDate))).toHaveCount(0);
  await expect(page.locator(`a[href="/dialog/${dialogueId}"]`)).toHaveCount(0);
  await nearest.goto("/min-lederdialog");
  await expect(nearest.getByText("Maja Møllers dialog")).toHaveCount(0);
  // Its old link says it is cancelled, to the two of them (review of issue 15: it said "Siden findes ikke").
  const gone = await nearest.goto(`/dialog/${dialogueId}`);
  expect(gone?.status()).toBe(410);
  await expect(nearest.getByRole("heading", { name: "Dialogen er aflyst" })).toBeVisible();

  // His calendar removes it: CANCEL, the same UID, a higher SEQUENCE still.
  await expect.poll(async () => (await calendarMessagesTo(nearestEmail)).length, { timeout: 10_000 }).toBe(3);
  const cancelled = (await calendarMessagesTo(nearestEmail))[2];
  expect(cancelled?.method).toBe("CANCEL");
  expect(cancelled?.status).toBe("CANCELLED");
  expect(cancelled?.uid).toBe(invitation.uid);
  expect(cancelled?.sequence).toBeGreaterThan(moved?.sequence ?? Number.POSITIVE_INFINITY);
  await nearest.context().close();
});

test("a dialogue with shared notes is not cancelled: the refusal is said, and the notes stay for both", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const { nearest, nearestEmail, dialogueId, firstDate } = await inviteAndAccept(page, browser, {
    leader: "Sara Sørensen",
    nearest: "Karl Kjær",
  });
  // He writes in the shared notes before the day.
  await nearest.goto(`/dialog/${dialogueId}`);
  await nearest.getByLabel("Noter fra dialogen").fill("Karl: jeg vil gerne høre om planen for foråret");
  await expect(nearest.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible({
    timeout: 10_000,
  });

  await page.goto(`/dialog/${dialogueId}`);
  await page.getByRole("link", { name: "Aflys denne dialog" }).click();
  await page.getByRole("button", { name: "Ja, aflys" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Dialogen har fælles noter eller aftaler, så den aflyses ikke",
  );
  await expectNoAxeViolations(page);

  // Nothing is lost: the notes, the dialogue on both homes, and no CANCEL in his mail.
  await page.goto(`/dialog/${dialogueId}`);
  await expect(page.getByLabel("Noter fra dialogen")).toHaveValue(
    "Karl: jeg vil gerne høre om planen for foråret",
  );
  await page.goto("/min-lederdialog");
  await expect(
    page.getByRole("region", { name: "Det næste trin" }).getByRole("link", { name: "Åbn dialogen" }),
  ).toHaveAttribute("href", `/dialog/${dialogueId}`);
  await nearest.goto("/min-lederdialog");
  await expect(
    nearest.getByRole("link", {
      name: `Sara Sørensens dialog ${inWords(firstDate)} kl. 10.00 – forbered dig`,
    }),
  ).toBeVisible();
  expect((await calendarMessagesTo(nearestEmail)).map((message) => message.method)).toEqual(["REQUEST"]);
  await nearest.context().close();
});

test("his pages on a phone in English: /mine-ledere stays 375 px wide, and an agreement for both reads right", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const { nearest, dialogueId } = await inviteAndAccept(page, browser, {
    leader: "Ida Iversen",
    nearest: "Jens Juul",
  });
  await nearest.setViewportSize({ width: 375, height: 800 });
  await nearest.goto("/mine-ledere");
  await expect(nearest.getByRole("row", { name: /Ida Iversen/ })).toContainText("kl. 10.00");
  await nearest.getByRole("button", { name: "Switch the language to English" }).click();
  await expect(nearest.getByRole("row", { name: /Ida Iversen/ })).toContainText("at 10:00");
  // The table scrolls in its own region; the page itself never scrolls sideways.
  expect(await nearest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(nearest);

  await nearest.goto(`/dialog/${dialogueId}`);
  const agreements = nearest.getByRole("region", { name: "Agreements with the nearest leader" });
  await agreements.getByLabel("Both of you").check();
  await agreements.getByLabel("The agreement", { exact: true }).fill("Coffee every other Thursday");
  await agreements.getByRole("button", { name: "Add agreement" }).click();
  await expect(agreements.getByText("Both of you carry it out")).toBeVisible();
  expect(await nearest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(nearest);
  await nearest.context().close();
});
