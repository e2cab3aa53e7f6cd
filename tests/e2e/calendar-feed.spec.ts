import ICAL from "ical.js";
import {
  dateInDenmark,
  expect,
  expectNoAxeViolations,
  request as playwrightRequest,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";

test("the private calendar address carries the follow-ups, and a new or stopped address shuts the old one", async ({
  page,
  baseURL,
}) => {
  await signUp(page, { name: "Kalender Karlsen", email: uniqueEmail("kalender") });
  await page.goto("/min-lederdialog/kontrakt");
  const section = page.locator("#aftaler-self");
  // The add form is folded until wanted (issue 15, item 8).
  await section.getByText("Tilføj en aftale").click();
  await section.getByLabel("Aftalen").fill("Jeg lægger pauser ind med mig selv");
  await section.getByLabel("Første opfølgning (dato)").fill(dateInDenmark(5));
  await section.getByLabel("Gentagelse").selectOption("weekly");
  await section.getByRole("button", { name: "Tilføj aftale" }).click();
  await expect(section.locator(".agreement__text")).toHaveText("Jeg lægger pauser ind med mig selv");

  await page.getByRole("link", { name: "Alle opfølgninger i din kalender" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Lav en privat kalenderadresse" }).click();
  const address = page.getByLabel("Din private kalenderadresse");
  const firstUrl = await address.inputValue();
  expect(firstUrl).toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectNoAxeViolations(page);

  // A calendar program: no session, no cookies.
  const calendarApp = await playwrightRequest.newContext({ baseURL });
  const feed = await calendarApp.get(firstUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  expect(String(events[0]?.getFirstPropertyValue("summary"))).toContain("Jeg lægger pauser ind med mig selv");
  expect(events[0]?.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY");

  await page.getByRole("button", { name: "Lav en ny adresse" }).click();
  await expect(address).not.toHaveValue(firstUrl);
  const secondUrl = await address.inputValue();
  expect((await calendarApp.get(firstUrl)).status()).toBe(404);
  expect((await calendarApp.get(secondUrl)).status()).toBe(200);

  await page.getByRole("button", { name: "Stop adressen" }).click();
  await expect(page.getByRole("button", { name: "Lav en privat kalenderadresse" })).toBeVisible();
  expect((await calendarApp.get(secondUrl)).status()).toBe(404);
  expect((await calendarApp.get(`/kalender/${"a".repeat(43)}.ics`)).status()).toBe(404);
  await calendarApp.dispose();
});
