import { readableMail } from "../support/smtp-inbox";
import { expect, expectNoAxeViolations, signUp, test, uniqueEmail } from "./support/fixtures";
import { receiveMailDuringSpec } from "./support/smtp-inbox-for-spec";

// A real SMTP server on loopback receives what the app sends (the app's SMTP_URL points here).
const mailsTo = receiveMailDuringSpec();

test("forgot password: the e-mailed link works once and sets a new password", async ({ page, browser }) => {
  const email = uniqueEmail("glemt");
  const setup = await browser.newContext();
  await signUp(await setup.newPage(), { name: "Glemsom Leder", email });
  await setup.close();

  await page.goto("/log-ind");
  await page.getByRole("link", { name: "Glemt adgangskode?" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("status")).toContainText("Tjek din indbakke");

  await expect.poll(() => mailsTo(email).length, { timeout: 10_000 }).toBe(1);
  const mail = readableMail(mailsTo(email)[0]?.raw ?? "");
  const link = mail.match(/http:\/\/localhost:\d+\/nulstil-adgangskode\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, "reset link in the mail").toBeTruthy();

  await page.goto(link as string);
  await expectNoAxeViolations(page);
  await page.getByLabel("Ny adgangskode").fill("en helt ny og lang adgangssætning");
  await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
  await expect(page).toHaveURL(/\/log-ind$/);
  await expect(page.getByRole("status")).toHaveText(
    "Din adgangskode er skiftet. Log ind med den nye adgangskode.",
  );
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill("en helt ny og lang adgangssætning");
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/min-lederdialog$/);

  // The same link a second time: refused with a clear message.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(link as string);
  await expect(second.getByText("Linket er udløbet eller allerede brugt.")).toBeVisible();
  await again.close();
});

test("an unknown address gets the same answer and no mail", async ({ page }) => {
  const email = uniqueEmail("ukendt");
  await page.goto("/glemt-adgangskode");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("status")).toContainText("Tjek din indbakke");
  // The action answers only after any mail has gone out, so an empty inbox now means none was sent.
  expect(mailsTo(email)).toEqual([]);
});
