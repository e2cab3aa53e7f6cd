import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nearestLeaderNoteKey } from "~/features/cycles/text-keys";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { FlashNotice } from "~/platform/http/flash-notice";
import { DEMO_PASSWORD } from "../../server/seeding/seed-demo-organisation";
import { AppClient } from "../support/app-client";
import { type DemoFixture, startDemoFixture } from "../support/demo-fixture";
import { readableMail } from "../support/smtp-inbox";

/**
 * Issue 15, "one mechanism each": every page an action redirects to with a notice gets it from the
 * flash cookie, not from a query flag (`?gemt=1`, `?tilfoejet=…`). Through the production build,
 * as a browser without JavaScript: the redirect names the plain page (its fragment kept where it
 * moves focus), the page it leads to says the notice on the server in Danish and English, in the
 * section the fragment points at, announced (role status or alert), and a reload says it no more.
 */

let fixture: DemoFixture;
beforeAll(async () => {
  fixture = await startDemoFixture();
}, 180_000);
afterAll(async () => {
  await fixture?.stop();
});

const FUTURE = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);

/** The element an opening tag at `start` begins, to its matching end tag (same-name nesting counted). */
function elementAt(html: string, start: number): string {
  const name = html.slice(start).match(/^<([a-z0-9]+)/)?.[1] ?? "";
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index + tag[0].length);
  }
  throw new Error(`<${name}> at ${start} is not closed`);
}

function textOf(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The announced notices' texts on a page (role status or alert), or those inside the element with that id. */
function announced(html: string, withinId?: string): string[] {
  let scope = html.slice(html.indexOf("<body"));
  if (withinId) {
    const opening = [...scope.matchAll(new RegExp(`<[a-z0-9]+[^>]*\\bid="${withinId}"`, "g"))];
    expect(opening, `one element with id ${withinId}`).toHaveLength(1);
    scope = elementAt(scope, opening[0]?.index ?? 0);
  }
  return [...scope.matchAll(/<[a-z0-9]+[^>]*\brole="(?:status|alert)"/g)].map((match) =>
    textOf(elementAt(scope, match.index)),
  );
}

function flashCookieOf(response: Response): string {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith("ld_flash="));
  expect(line, "the redirect sets the flash cookie").toBeTruthy();
  return (line ?? "").split(";")[0] ?? "";
}

async function show(client: AppClient, location: string, locale: Locale, flash: string) {
  const cookie = [client.cookie, flash].filter(Boolean).join("; ");
  const response = await fetch(new URL(location.split("#")[0] ?? "", client.baseUrl), {
    redirect: "manual",
    headers: { "Accept-Language": locale, ...(cookie ? { Cookie: cookie } : {}) },
  });
  expect(response.status, `GET ${location}`).toBe(200);
  return { html: await response.text(), setCookies: response.headers.getSetCookie() };
}

/**
 * The redirect leads to `location` exactly; that page then says the notice once, in both
 * languages, where it belongs.
 */
async function expectNoticeOnce(
  client: AppClient,
  response: Response,
  expected: { location: string; notice: FlashNotice; withinId?: string },
) {
  expect(response.status, (await response.clone().text()).slice(0, 200)).toBe(302);
  expect(response.headers.get("location")).toBe(expected.location);
  const flash = flashCookieOf(response);
  for (const locale of ["da", "en"] as const) {
    const text = serverI18n(locale).t(expected.notice.key, expected.notice.values);
    // A signed-in user's own language wins over the browser's, so it is chosen as they would.
    if (client.cookie) expect((await client.post("/sprog", { locale })).status).toBe(302);
    const { html, setCookies } = await show(client, expected.location, locale, flash);
    expect(announced(html, expected.withinId), `${locale} ${expected.location}`).toContain(text);
    // Shown, so cleared: the browser drops the cookie and a reload does not say it again.
    expect(setCookies.some((cookie) => /^ld_flash=;.*Max-Age=0/i.test(cookie))).toBe(true);
    const reloaded = await show(client, expected.location, locale, "");
    expect(announced(reloaded.html)).not.toContain(text);
  }
}

async function mailLink(to: string, pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const message of [...fixture.inbox.messages].reverse()) {
      const match = message.rcptTo.includes(to) ? readableMail(message.raw).match(pattern) : null;
      if (match?.[1]) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} matching ${pattern}`);
}

describe("the leader's pages", () => {
  it("kontrakt: saved, and a note carried into its field (the field's fragment kept)", async () => {
    const owner = fixture.clients.owner;
    // The kontrakt's texts are saved, not notes: its own words (issue 15).
    await expectNoticeOnce(owner, await owner.post("/min-lederdialog/kontrakt", {}), {
      location: "/min-lederdialog/kontrakt",
      notice: { key: "kontrakt.saved" },
    });
    await expectNoticeOnce(
      owner,
      await owner.post("/min-lederdialog/kontrakt", { carry: "note:goals>kontrakt:goals" }),
      {
        location: "/min-lederdialog/kontrakt#felt-goals",
        notice: { key: "kontrakt.carried" },
        withinId: "felt-goals",
      },
    );
  });

  it("a preparation theme: saved", async () => {
    const owner = fixture.clients.owner;
    await expectNoticeOnce(owner, await owner.post("/min-lederdialog/forbered/2", {}), {
      location: "/min-lederdialog/forbered/2",
      notice: { key: "autosave.savedNotice" },
    });
  });

  it("preparing the dialogue: points saved, sharing saved, the invitation sent — each in its section", async () => {
    const owner = fixture.clients.owner;
    await expectNoticeOnce(owner, await owner.post("/min-lederdialog/dialog", {}), {
      location: "/min-lederdialog/dialog",
      notice: { key: "autosave.savedNotice" },
      withinId: "punkter",
    });
    await expectNoticeOnce(
      owner,
      await owner.post("/min-lederdialog/dialog", { intent: "share", part: ["points", "goals"] }),
      {
        location: "/min-lederdialog/dialog#deling",
        notice: { key: "dialogue.shareSaved" },
        withinId: "deling",
      },
    );
    await expectNoticeOnce(
      owner,
      await owner.post("/min-lederdialog/dialog", {
        intent: "invite",
        email: "niels@demo.lederdialog.dk",
        date: FUTURE,
        time: "10:00",
        location: "Mødelokale 2",
      }),
      {
        location: "/min-lederdialog/dialog#invitation",
        notice: { key: "invite.sent", values: { email: "niels@demo.lederdialog.dk" } },
        withinId: "invitation",
      },
    );
  });

  it("an agreement: done, in the tick-off panel", async () => {
    const owner = fixture.clients.owner;
    const id = fixture.params.jointAgreementId;
    await expectNoticeOnce(owner, await owner.post(`/min-lederdialog/aftaler/${id}`, { intent: "done" }), {
      location: `/min-lederdialog/aftaler/${id}#afkrydsning`,
      notice: { key: "checks.doneRecorded" },
      withinId: "afkrydsning",
    });
  });
});

describe("the dialogue", () => {
  it("the nearest leader's own notes: saved, beside them", async () => {
    const nearest = fixture.clients.nearestLeader;
    const id = fixture.params.dialogueId;
    const response = await nearest.post(`/naermeste-leder/${id}`, {
      [`text:${nearestLeaderNoteKey(id)}`]: "Mine egne noter",
    });
    await expectNoticeOnce(nearest, response, {
      location: `/naermeste-leder/${id}#noter`,
      notice: { key: "nearestLeader.notesSaved" },
      withinId: "noter",
    });
  });

  it("the meeting: follow-ups booked, one moved, another cancelled (said on the preparation page)", async () => {
    const owner = fixture.clients.owner;
    const here = `/dialog/${fixture.params.dialogueId}`;
    await expectNoticeOnce(
      owner,
      await owner.post(here, {
        intent: "bookFollowUps",
        rhythm: "quarterly",
        date: FUTURE,
        time: "09:00",
        location: "Her",
      }),
      { location: `${here}#opfoelgning`, notice: { key: "followUp.booked" }, withinId: "opfoelgning" },
    );
    // The dialogue itself has begun; its follow-ups, not yet written in, can be moved and cancelled.
    const history = await (await owner.get(here)).text();
    const [moved = "", cancelled = ""] = [...history.matchAll(/href="(\/dialog\/[0-9a-f-]{36})"/g)]
      .map((match) => match[1] ?? "")
      .filter((path) => path !== here);
    expect(cancelled, "two booked follow-ups are listed").not.toBe("");
    await expectNoticeOnce(
      owner,
      await owner.post(moved, {
        intent: "moveDialogue",
        scope: "one",
        date: FUTURE,
        time: "11:00",
        location: "Der",
      }),
      {
        location: `${moved}#flyt-eller-aflys`,
        notice: { key: "calendarChanges.moved" },
        withinId: "flyt-eller-aflys",
      },
    );
    await expectNoticeOnce(owner, await owner.post(cancelled, { intent: "cancelDialogue", scope: "one" }), {
      location: "/min-lederdialog/dialog#invitation",
      notice: { key: "calendarChanges.cancelled" },
      withinId: "invitation",
    });
  });
});

describe("the administrator's pages", () => {
  it("units: added, saved, deleted", async () => {
    const admin = fixture.clients.admin;
    const name = `Flashenhed${Date.now()}`;
    await expectNoticeOnce(admin, await admin.post("/admin/enheder", { name }), {
      location: "/admin/enheder",
      notice: { key: "admin.units.added", values: { path: name } },
    });
    const list = await (await admin.get(`/admin/enheder?q=${name}`)).text();
    const unitId = list.match(new RegExp(`/admin/enheder/([0-9a-f-]{36})"[^>]*>${name}<`))?.[1];
    expect(unitId, "the new unit is listed").toBeTruthy();
    await expectNoticeOnce(admin, await admin.post(`/admin/enheder/${unitId}`, { name: `${name}x` }), {
      location: "/admin/enheder",
      notice: { key: "admin.units.saved", values: { path: `${name}x` } },
    });
    await expectNoticeOnce(
      admin,
      await admin.post(`/admin/enheder/${unitId}`, { intent: "delete", confirmed: "yes" }),
      {
        location: "/admin/enheder",
        notice: { key: "admin.units.deleted" },
      },
    );
  });

  it("e-mail domains: added and removed", async () => {
    const admin = fixture.clients.admin;
    const domain = "flash-notice.example";
    await expectNoticeOnce(admin, await admin.post("/admin/log-ind/domaener", { intent: "add", domain }), {
      location: "/admin/log-ind/domaener",
      notice: { key: "domains.added", values: { domain } },
    });
    await expectNoticeOnce(admin, await admin.post("/admin/log-ind/domaener", { intent: "remove", domain }), {
      location: "/admin/log-ind/domaener",
      notice: { key: "domains.removed", values: { domain } },
    });
  });
});

describe("signing in", () => {
  it("an address confirmed in another browser: 'choose a password' on the reset page, no query flag", async () => {
    const email = `flash-reclaim-${Date.now()}@kommune.dk`;
    const signUp = await new AppClient(fixture.app.baseUrl).post("/opret-konto", {
      name: "Taget Adresse",
      email,
      password: "en god lang adgangssætning",
    });
    expect(signUp.status).toBe(302);
    const token = await mailLink(email, /\/bekraeft-email\/([\w-]+)/);
    const owner = new AppClient(fixture.app.baseUrl);
    const confirmed = await owner.post(`/bekraeft-email/${token}`, {});
    const location = confirmed.headers.get("location") ?? "";
    expect(location).toMatch(/^\/nulstil-adgangskode\/[\w-]{43}$/);
    await expectNoticeOnce(owner, confirmed, {
      location,
      notice: { key: "verifyEmail.chooseNewPassword" },
    });
    // The old flag in a link says nothing any more.
    const typed = await show(owner, `${location}?bekraeftet=1`, "da", "");
    expect(announced(typed.html).join(" ")).not.toContain(
      serverI18n("da").t("verifyEmail.chooseNewPassword"),
    );
  });

  it("signed out, password changed, account deleted: said on the sign-in page", async () => {
    const signedIn = await fixture.freshClient("hr");
    const signedOut = await signedIn.post("/log-ud", {});
    await expectNoticeOnce(new AppClient(fixture.app.baseUrl), signedOut, {
      location: "/log-ind",
      notice: { key: "auth.signIn.signedOut" },
    });

    const anonymous = new AppClient(fixture.app.baseUrl);
    const email = "leder2@demo.lederdialog.dk";
    await anonymous.post("/glemt-adgangskode", { email });
    const token = await mailLink(email, /\/nulstil-adgangskode\/([\w-]+)/);
    await expectNoticeOnce(
      anonymous,
      await anonymous.post(`/nulstil-adgangskode/${token}`, { password: DEMO_PASSWORD }),
      {
        location: "/log-ind",
        notice: { key: "auth.signIn.passwordChanged" },
      },
    );

    const leaving = await new AppClient(fixture.app.baseUrl).signIn(email, DEMO_PASSWORD);
    await expectNoticeOnce(
      anonymous,
      await leaving.post("/min-lederdialog/slet-konto", { confirmEmail: email }),
      {
        location: "/log-ind",
        notice: { key: "deleteAccount.deleted" },
      },
    );
  });
});
