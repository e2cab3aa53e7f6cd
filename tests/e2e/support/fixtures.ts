import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { BrowserErrors } from "./browser-errors";
import { takeMailDuring } from "./smtp-inbox-for-spec";

/**
 * Every test fails on a browser console error, an uncaught exception or a Content-Security-Policy
 * violation in any of its contexts: a hydration mismatch or a blocked inline style shows up there
 * first. A spec that expects one calls `browserErrors.allow(/…/)` for that message.
 */
export const test = base.extend<{ browserErrors: BrowserErrors }>({
  browserErrors: [
    async ({ browser, context }, use) => {
      const errors = new BrowserErrors();
      await errors.watch(context);
      const stopWatching = errors.watchNewContexts(browser);
      try {
        await use(errors);
      } finally {
        stopWatching();
      }
      expect(errors.unexpected(), "browser console errors and CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

// The specs take Playwright's types and request API from here too, so no spec imports
// @playwright/test itself and slips past the fixture above.
export type { Browser, BrowserContext, Locator, Page, Route } from "@playwright/test";
export { request } from "@playwright/test";
export { expect };

/** axe with the WCAG 2.1 A and AA rules: the page must have no violations at all. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

let counter = 0;
/** A unique address per test, so tests never collide on the one database of the run. */
/** A date as the date field takes it (YYYY-MM-DD), `daysAhead` from today in Denmark. */
export function dateInDenmark(daysAhead = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(
    new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000),
  );
}

export function uniqueEmail(prefix = "leder"): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}@eksempel.dk`;
}

export const PASSWORD = "en god lang adgangssætning";

/** The link in the verification mail to `email`, taken from the inbox (see takeMailDuring). */
export const VERIFICATION_LINK = /(http:\/\/localhost:\d+\/bekraeft-email\/[\w-]+)/;

/**
 * Signs a new leader up through the form and, unless `verify` is false, verifies the address the
 * way the leader does: the link from the mail in the SMTP inbox, then "Bekræft adressen" (decision
 * 022). Ends on "Min lederdialog", signed in.
 */
export async function signUp(
  page: Page,
  options: { name: string; email: string; password?: string; verify?: boolean },
): Promise<void> {
  await takeMailDuring(options.email, VERIFICATION_LINK, async (takeMail) => {
    await page.goto("/opret-konto");
    await page.getByLabel("Dit navn").fill(options.name);
    await page.getByLabel("E-mail").fill(options.email);
    await page.getByLabel("Adgangskode").fill(options.password ?? PASSWORD);
    await page.getByRole("button", { name: "Opret konto" }).click();
    await expect(page).toHaveURL(/\/bekraeft-email$/);
    if (options.verify !== false) await verifyAddress(page, await takeMail());
  });
  await page.getByRole("link", { name: "Fortsæt" }).click();
  await expect(page).toHaveURL(/\/min-lederdialog$/);
}

/** Opens a verification link and confirms it; the browser ends where the link leads. */
export async function verifyAddress(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: "Bekræft adressen" }).click();
  await expect(page).not.toHaveURL(/\/bekraeft-email\/[\w-]+$/);
}
