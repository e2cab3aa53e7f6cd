import {
  dateInDenmark,
  expect,
  expectNoAxeViolations,
  type Route,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";

// Offline on purpose: the browser logs each save it could not send.
const SAVE_NOT_SENT = /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/;

test("autosave survives going offline while typing and syncs when back online", async ({
  page,
  context,
  browserErrors,
}) => {
  browserErrors.allow(SAVE_NOT_SENT);
  await signUp(page, { name: "Offline Olsen", email: uniqueEmail("offline") });
  await page.goto("/min-lederdialog/forbered/2");
  const note = page.locator('textarea[data-text-key="note:wellbeing"]');
  await note.fill("Skrevet før nettet forsvandt.");
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();

  await context.setOffline(true);
  await note.fill("Skrevet i toget uden net.");
  await expect(page.getByRole("status").filter({ hasText: "Ingen forbindelse." })).toBeVisible();

  // Back online, the waiting text is sent; after a reload the server's copy shows it.
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();
  await page.reload();
  await expect(note).toHaveValue("Skrevet i toget uden net.");
  await expectNoAxeViolations(page);
});

test("a draft that never reached the server is restored after a reload and then saved", async ({
  page,
  browserErrors,
}) => {
  browserErrors.allow(SAVE_NOT_SENT);
  await signUp(page, { name: "Kladde Kristensen", email: uniqueEmail("kladde") });
  // The server cannot be reached for saves (the pages themselves still load): as on a bad connection.
  const blockSaves = (route: Route) => route.abort("internetdisconnected");
  await page.route("**/min-lederdialog/gem", blockSaves);
  await page.goto("/min-lederdialog/forbered/3");
  const note = page.locator('textarea[data-text-key="note:nearestLeader"]');
  await expect(page.getByRole("status").filter({ hasText: "gemmes automatisk" })).toBeVisible();
  await note.fill("Kun på denne enhed indtil videre.");
  await expect(page.getByRole("status").filter({ hasText: "Ingen forbindelse." })).toBeVisible();

  await page.reload();
  await expect(note).toHaveValue("Kun på denne enhed indtil videre.");
  await page.unroute("**/min-lederdialog/gem", blockSaves);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByRole("status").filter({ hasText: "Alt er gemt." })).toBeVisible();

  // Now the server has it: without the device's copy, the text is still there.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(note).toHaveValue("Kun på denne enhed indtil videre.");
});

test("another leader gets 404 on every page, file and action of this leader's agreements and cycles", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Privat Petersen", email: uniqueEmail("privat") });
  await page.goto("/min-lederdialog/kontrakt");
  const section = page.locator("#aftaler-self");
  // The add form is folded until wanted (issue 15, item 8).
  await section.getByText("Tilføj en aftale").click();
  await section.getByLabel("Aftalen").fill("Min private aftale");
  await section.getByLabel("Første opfølgning (dato)").fill(dateInDenmark(0));
  await section.getByLabel("Gentagelse").selectOption("weekly");
  await section.getByRole("button", { name: "Tilføj aftale" }).click();
  const editHref = await section.getByRole("link", { name: "Ret" }).getAttribute("href");
  expect(editHref).toMatch(/^\/min-lederdialog\/aftaler\/[0-9a-f-]{36}$/);
  // An archived cycle has an address too.
  await page.goto("/min-lederdialog");
  await page.getByRole("button", { name: "Start et nyt forløb" }).click();
  await page.getByRole("button", { name: "Ja, start et nyt forløb" }).click();
  const archivedHref = await page.getByRole("link", { name: /Forløb fra/ }).getAttribute("href");
  expect(archivedHref).toMatch(/^\/min-lederdialog\/forloeb\/[0-9a-f-]{36}$/);

  const otherContext = await browser.newContext({ locale: "da-DK" });
  const other = await otherContext.newPage();
  await signUp(other, { name: "Nysgerrig Nielsen", email: uniqueEmail("nysgerrig") });
  const origin = new URL(page.url()).origin;
  for (const url of [editHref, `${editHref}/kalender.ics`, archivedHref]) {
    const response = await other.request.get(`${origin}${url}`);
    expect(response.status(), `GET ${url}`).toBe(404);
    expect(await response.text()).not.toContain("Min private aftale");
  }
  // HR and the administrator of an organisation see no leader's content either (demo accounts).
  for (const email of ["hanne@demo.lederdialog.dk", "anders@demo.lederdialog.dk"]) {
    const roleContext = await browser.newContext({ locale: "da-DK" });
    const rolePage = await roleContext.newPage();
    await rolePage.goto("/log-ind");
    await rolePage.getByLabel("E-mail").fill(email);
    await rolePage.getByLabel("Adgangskode").fill("demo-lederdialog");
    await rolePage.getByRole("button", { name: "Log ind" }).click();
    // Each lands where its work is (issue 15, item 6): HR on the figures, the administrator on /admin.
    await expect(rolePage).toHaveURL(/\/(tal|admin)$/);
    for (const url of [editHref, `${editHref}/kalender.ics`, archivedHref]) {
      const response = await rolePage.request.get(`${origin}${url}`);
      expect(response.status(), `${email} GET ${url}`).toBe(404);
    }
    await roleContext.close();
  }
  for (const intent of ["update", "complete", "drop", "moveUp", "check"]) {
    const response = await other.request.post(`${origin}${editHref}`, {
      form: { intent, kept: "yes", text: "Overtaget", kind: "self" },
      headers: { Origin: origin },
    });
    expect(response.status(), `POST ${intent}`).toBe(404);
  }
  await otherContext.close();

  // The owner still sees the agreement unchanged.
  await page.goto(`${origin}${archivedHref}`);
  await expect(page.getByText("Min private aftale")).toBeVisible();
});
