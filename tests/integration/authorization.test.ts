import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_ROWS } from "~/features/figures/figure-rows";
import { da } from "~/i18n/catalogs/da";
import { problemWith } from "../support/answer-problems";
import type { AppClient } from "../support/app-client";
import { type DemoFixture, ROLES, type Role, startDemoFixture } from "../support/demo-fixture";
import { readableBody } from "../support/readable-body";
import { fillPattern, listAppRoutes } from "../support/route-list";

/*
 * Who may read and change what, route by route, against the production build (issue 6, "Trust").
 * The list of routes comes from app/routes.ts, so a new route fails here until it has a line in
 * EXPECTATIONS below: every route is requested as each role, with GET and, where the module has an
 * action, with POST (same-origin headers, so the cross-site refusal does not hide the answer).
 * Every refusal is a translated page (or a catalog key in JSON), never an empty body.
 */

/**
 * What a role gets: a status, "sign-in" (a redirect to /log-ind that comes back), or "→/path" (a
 * redirect whose Location starts with that path).
 */
type Outcome = number | "sign-in" | `→${string}`;
type ByRole = Record<Role, Outcome>;

interface RouteExpectation {
  /** Values for the route's dynamic segments, from the owner's fixture data. */
  params?: (fixture: DemoFixture["params"]) => Record<string, string>;
  get: ByRole;
  /** Only for routes with an action: what to post, and what each role gets. */
  post?: { body: (fixture: DemoFixture["params"]) => Record<string, string | string[]>; expect: ByRole };
  /** The POST ends the session it is sent with: each role posts with a new one. */
  isSessionEnding?: boolean;
  /**
   * The secret in the address is the only key (calendar subscription, unsubscribe link): whoever
   * holds it gets the same answer, so the privacy checks by role do not apply.
   */
  isCapabilityUrl?: boolean;
  /** Exempt from the cross-site refusal (server/security.ts), with the reason there. */
  isCrossSiteAllowed?: boolean;
}

const all = (outcome: Outcome): ByRole => Object.fromEntries(ROLES.map((role) => [role, outcome])) as ByRole;
/** Signed-out people are sent to sign in; everyone signed in gets `outcome` unless `except` says otherwise. */
const signedIn = (outcome: Outcome, except: Partial<ByRole> = {}): ByRole => ({
  ...all(outcome),
  anonymous: "sign-in",
  ...except,
});
/** Only these roles get `outcome`; every other signed-in person a 404 (another person's id is a 404). */
const only = (roles: Role[], outcome: Outcome): ByRole =>
  signedIn(404, Object.fromEntries(roles.map((role) => [role, outcome])));
const anonymousOnly = (outcome: Outcome): ByRole => ({ ...all("→/min-lederdialog"), anonymous: outcome });
const empty = () => ({});

const EXPECTATIONS: Record<string, RouteExpectation> = {
  "features/site/landing.route": { get: all(200) },
  "features/site/about.route": { get: all(200) },
  "features/site/accessibility-statement.route": { get: all(200) },
  "features/site/privacy-policy.route": { get: all(200) },
  "features/account/sign-up.route": {
    get: anonymousOnly(200),
    post: { body: empty, expect: anonymousOnly(400) },
  },
  "features/account/sign-in.route": {
    get: anonymousOnly(200),
    post: {
      body: () => ({ email: "ingen@demo.lederdialog.dk", password: "ikke den rigtige adgangskode" }),
      expect: anonymousOnly(401),
    },
  },
  "features/account/sign-out.route": {
    get: all("→/"),
    post: { body: empty, expect: all("→/log-ind") },
    isSessionEnding: true,
  },
  "features/account/forgot-password.route": {
    get: anonymousOnly(200),
    post: { body: empty, expect: anonymousOnly(400) },
  },
  "features/account/reset-password.route": {
    params: (p) => ({ token: p.resetToken }),
    get: all(200),
    post: { body: () => ({ password: "en god lang adgangssætning" }), expect: all(410) },
  },
  // Every demo account's address is verified: "send the link again" answers that it is.
  "features/account/check-email.route": { get: all(200), post: { body: empty, expect: signedIn(200) } },
  "features/account/verify-email.route": {
    params: (p) => ({ token: p.verificationToken }),
    get: all(410),
    post: { body: empty, expect: all(410) },
  },
  "features/sso/sso-start.route": { params: (p) => ({ slug: p.ssoSlug }), get: anonymousOnly(404) },
  "features/sso/sso-oidc-callback.route": { params: (p) => ({ slug: p.ssoSlug }), get: all(404) },
  "features/sso/sso-saml-acs.route": {
    params: (p) => ({ slug: p.ssoSlug }),
    get: all(405),
    post: { body: empty, expect: all(400) },
    isCrossSiteAllowed: true,
  },
  "features/sso/sso-saml-metadata.route": { params: (p) => ({ slug: p.ssoSlug }), get: all(404) },
  "features/sso/sso-finish.route": {
    params: (p) => ({ slug: p.ssoSlug, signInId: p.ssoSignInId }),
    get: anonymousOnly(404),
  },
  // An unknown proof or link of an organisation without single sign-on; signed-in people go home.
  "features/sso/sso-link-proof.route": {
    params: (p) => ({ slug: p.ssoSlug, proofId: p.ssoSignInId }),
    get: anonymousOnly(404),
    post: {
      body: () => ({ intent: "password", password: "gæt en adgangskode" }),
      expect: anonymousOnly(404),
    },
  },
  "features/sso/sso-link-proof-mail.route": {
    params: (p) => ({ slug: p.ssoSlug, token: p.resetToken }),
    get: anonymousOnly(404),
  },
  "features/site/set-language.route": {
    get: all("→/"),
    post: { body: () => ({ locale: "da" }), expect: all("→/") },
  },
  "features/home/my-dialogue.route": {
    get: signedIn(200),
    post: { body: empty, expect: signedIn("→/min-lederdialog") },
  },
  "features/autosave/autosave.route": {
    get: all(405),
    // Each person saves into their own cycle: another person's is the same 404 as none (issue 15).
    post: {
      body: (p) => ({ key: "note:goals:q4", body: "Fra autorisationstesten", cycleId: p.ownerCycleId }),
      expect: { ...all(404), anonymous: 401, owner: 200 },
    },
  },
  "features/prepare/prepare-index.route": { get: signedIn("→/min-lederdialog/forbered/") },
  "features/prepare/prepare-helper.route": { get: signedIn(200) },
  "features/prepare/prepare-theme.route": {
    params: () => ({ theme: "1" }),
    get: signedIn(200),
    post: { body: empty, expect: signedIn("→/min-lederdialog/forbered/1") },
  },
  "features/kontrakt/kontrakt.route": {
    get: signedIn(200),
    post: { body: empty, expect: signedIn("→/min-lederdialog/kontrakt") },
  },
  "features/kontrakt/kontrakt-pdf.route": { get: signedIn(200) },
  "features/agreements/agreement.route": {
    params: (p) => ({ agreementId: p.agreementId }),
    get: only(["owner"], 200),
    post: {
      body: () => ({ intent: "drop", confirmed: "yes" }),
      expect: only(["owner"], "→/min-lederdialog/kontrakt"),
    },
  },
  "features/calendar/agreement-calendar.route": {
    params: (p) => ({ agreementId: p.agreementId }),
    get: only(["owner"], 200),
  },
  "features/cycles/archived-cycle.route": {
    params: (p) => ({ cycleId: p.cycleId }),
    get: only(["owner"], 200),
  },
  "features/calendar/calendar-settings.route": {
    get: signedIn(200),
    post: { body: () => ({ intent: "create" }), expect: signedIn(200) },
  },
  "features/privacy/data-export.route": { get: signedIn(200) },
  "features/privacy/data-export-html.route": { get: signedIn(200) },
  // Each person can only ever delete their own account; without the confirmation nobody's goes.
  "features/privacy/delete-account.route": {
    get: signedIn(200),
    post: { body: empty, expect: signedIn(400) },
  },
  // Each person sees only their own links, sessions and sign-ins; another person's id is a 404.
  "features/account/account-security.route": {
    get: signedIn(200),
    post: { body: () => ({ intent: "removeIdentity", identityId: "not-yours" }), expect: signedIn(404) },
  },
  "features/dialogue/dialogue-prepare.route": {
    get: signedIn(200),
    post: { body: empty, expect: signedIn("→/min-lederdialog/dialog") },
  },
  "features/dialogue/dialogue-preview.route": { get: signedIn(200) },
  "features/sharing/share-part.route": {
    get: all(405),
    // Each person shares from their own cycle only: nobody can name another person's.
    post: {
      body: (p) => ({ part: "goals", isShared: "true", cycleId: p.ownerCycleId }),
      expect: { ...all(409), anonymous: 401, owner: 200 },
    },
  },
  "features/dialogue/invitation.route": {
    // The invitation was accepted: a spent link, except for the person who accepted it.
    params: (p) => ({ token: p.invitationToken }),
    get: { ...all(410), nearestLeader: "→/naermeste-leder/" },
    post: { body: empty, expect: signedIn(410, { nearestLeader: "→/naermeste-leder/" }) },
  },
  "features/dialogue/nearest-leader-prepare.route": {
    params: (p) => ({ dialogueId: p.dialogueId }),
    get: only(["nearestLeader"], 200),
    // His own notes (no JavaScript): without the notes' field, a 400 for him and a 404 for the rest.
    post: { body: empty, expect: only(["nearestLeader"], 400) },
  },
  "features/dialogue/subordinate-leaders.route": { get: signedIn(200) },
  "features/dialogue/meeting.route": {
    params: (p) => ({ dialogueId: p.dialogueId }),
    get: only(["owner", "nearestLeader"], 200),
    post: {
      // An empty agenda point: the two participants get past the access check to the validation.
      body: () => ({ intent: "addAgendaItem", text: "" }),
      expect: only(["owner", "nearestLeader"], 400),
    },
  },
  "features/dialogue/meeting-calendar.route": {
    params: (p) => ({ dialogueId: p.dialogueId }),
    get: only(["owner", "nearestLeader"], 200),
  },
  "features/figures/figures.route": { get: only(["hr"], 200) },
  "features/rollout/rollout.route": {
    get: only(["hr"], 200),
    post: { body: empty, expect: only(["hr"], 400) },
  },
  "features/figures/figures-csv.route": { get: only(["hr"], 200) },
  "features/organisation/admin-people.route": {
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  "features/organisation/admin-import.route": {
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  "features/sso/admin-sso.route": {
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  "features/sso/admin-email-domains.route": {
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  "features/organisation/admin-units.route": {
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  "features/organisation/admin-unit.route": {
    params: (p) => ({ unitId: p.unitId }),
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  "features/organisation/admin-person.route": {
    params: (p) => ({ userId: p.userId }),
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], 400) },
  },
  // An empty period keeps archived cycles, as the demo organisation already does.
  "features/privacy/admin-retention.route": {
    get: only(["admin"], 200),
    post: { body: empty, expect: only(["admin"], "→/admin/opbevaring") },
  },
  "features/calendar/calendar-feed.route": {
    params: (p) => ({ file: p.calendarFile }),
    get: all(200),
    isCapabilityUrl: true,
  },
  "features/reminders/unsubscribe.route": {
    params: (p) => ({ token: p.unsubscribeToken }),
    get: all(200),
    post: { body: empty, expect: all(200) },
    isCapabilityUrl: true,
  },
  "features/site/not-found.route": { get: all(404), post: { body: empty, expect: all(404) } },
};

const appRoutes = await listAppRoutes();
/** The owner posts last: their POSTs may change what the others' requests are checked against. */
const POSTING_ORDER: Role[] = ["anonymous", "otherLeader", "hr", "admin", "nearestLeader", "owner"];

function describeOutcome(response: Response): string {
  const location = response.headers.get("location");
  return location ? `${response.status} → ${location}` : String(response.status);
}

function matches(response: Response, outcome: Outcome, path: string): boolean {
  const location = response.headers.get("location") ?? "";
  if (outcome === "sign-in") {
    return response.status === 302 && location === `/log-ind?redirectTo=${encodeURIComponent(path)}`;
  }
  if (typeof outcome === "string") {
    return response.status >= 300 && response.status < 400 && location.startsWith(outcome.slice(1));
  }
  return response.status === outcome;
}

describe("authorisation of every route, as every role, against the production build", () => {
  let fixture: DemoFixture;
  let ownerDataBefore: unknown;
  /** Every body a role other than the owner received, for the privacy checks. */
  const seen: { role: Role; request: string; body: string }[] = [];

  const ownerData = async () => {
    const exported = await (await fixture.clients.owner.get("/min-lederdialog/mine-data.json")).json();
    // Reads of shared content are logged on every read: they are meant to change.
    for (const cycle of exported.cycles) delete cycle.readsOfWhatYouShared;
    delete exported.exportedAt;
    // Sessions and the security log record the other requests of this very test, and the one-click
    // unsubscribe link is a capability URL that every role posts to here (isCapabilityUrl).
    delete exported.sessions;
    delete exported.securityLog;
    delete exported.remindersSwitchedOff;
    return exported;
  };

  beforeAll(async () => {
    fixture = await startDemoFixture();
    ownerDataBefore = await ownerData();
  }, 120_000);
  afterAll(async () => {
    await fixture?.stop();
  });

  it("has an expectation for every route, and none for a route that is gone", () => {
    const missing = appRoutes.filter((route) => !EXPECTATIONS[route.id]).map((route) => route.id);
    expect(
      missing,
      `add these routes to EXPECTATIONS in tests/integration/authorization.test.ts (who may GET and POST them)`,
    ).toEqual([]);
    const known = new Set(appRoutes.map((route) => route.id));
    expect(Object.keys(EXPECTATIONS).filter((id) => !known.has(id))).toEqual([]);
  });

  describe.each(appRoutes)("$id ($pattern)", (route) => {
    const expectation = () => {
      const found = EXPECTATIONS[route.id];
      if (!found) {
        throw new Error(
          `${route.id} is not in EXPECTATIONS: add it to tests/integration/authorization.test.ts with what each role may do`,
        );
      }
      if (route.hasAction !== Boolean(found.post)) {
        throw new Error(
          route.hasAction
            ? `${route.id} has an action: add a "post" expectation for it`
            : `${route.id} has no action: remove its "post" expectation`,
        );
      }
      return found;
    };
    const pathFor = () => fillPattern(route, expectation().params?.(fixture.params) ?? {});

    it("answers GET as expected for each role", async () => {
      const { get, isCapabilityUrl } = expectation();
      const path = pathFor();
      const wrong: string[] = [];
      for (const role of ROLES) {
        const response = await fixture.clients[role].get(path);
        const problem = await problemWith(response.clone());
        if (problem) wrong.push(`${role}: ${problem}`);
        const body = await readableBody(response);
        if (!matches(response, get[role], path)) {
          wrong.push(`${role}: expected ${get[role]}, got ${describeOutcome(response)}`);
        }
        if (role !== "owner" && !isCapabilityUrl) seen.push({ role, request: `GET ${path}`, body });
      }
      expect(wrong, `GET ${path}`).toEqual([]);
    });

    if (!route.hasAction) {
      it("refuses POST (it has no action)", async () => {
        const path = pathFor();
        for (const role of ["anonymous", "owner"] as const) {
          const response = await fixture.clients[role].post(path, {});
          expect(response.status, `POST ${path} as ${role}`).toBe(405);
          // A resource route's 405 is React Router's own answer (no page to show it on); nobody's
          // browser posts to a download.
          if (route.isPage) expect(await problemWith(response), `POST ${path} as ${role}`).toBeNull();
        }
      });
    } else {
      it("answers POST as expected for each role but the owner", async () => {
        await checkPosts(POSTING_ORDER.filter((role) => role !== "owner"));
      });

      it("refuses a cross-site POST with a translated 403", async () => {
        const path = pathFor();
        const client = fixture.clients.owner;
        const foreign = await client.post(
          path,
          {},
          { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
        );
        const marked = await client.post(
          path,
          {},
          { Origin: fixture.app.baseUrl, "Sec-Fetch-Site": "cross-site" },
        );
        if (expectation().isCrossSiteAllowed) {
          expect(foreign.status).not.toBe(403);
          return;
        }
        expect(foreign.status).toBe(403);
        expect(await foreign.text()).toContain(da.errors.forbiddenTitle);
        expect(marked.status).toBe(403);
      });
    }

    async function checkPosts(roles: Role[]) {
      const { post, isSessionEnding, isCapabilityUrl } = expectation();
      if (!post) return;
      const path = pathFor();
      const wrong: string[] = [];
      for (const role of roles) {
        const client: AppClient = isSessionEnding ? await fixture.freshClient(role) : fixture.clients[role];
        const response = await client.post(path, post.body(fixture.params));
        const problem = await problemWith(response.clone());
        if (problem) wrong.push(`${role}: ${problem}`);
        const body = await readableBody(response);
        if (!matches(response, post.expect[role], path)) {
          wrong.push(`${role}: expected ${post.expect[role]}, got ${describeOutcome(response)}`);
        }
        if (role !== "owner" && !isCapabilityUrl) seen.push({ role, request: `POST ${path}`, body });
      }
      expect(wrong, `POST ${path}`).toEqual([]);
    }
  });

  it("changed none of the owner's data through anyone else's requests", async () => {
    expect(await ownerData()).toEqual(ownerDataBefore);
  });

  it("showed the owner's private text to no one else, and what she shared only to her nearest leader", () => {
    const { markers } = fixture;
    expect(seen.length).toBeGreaterThan(100);
    const leaks = seen.flatMap(({ role, request, body }) => [
      ...(body.includes(markers.private) || body.includes(markers.archived)
        ? [`${role} saw private text in ${request}`]
        : []),
      ...(role !== "nearestLeader" && body.includes(markers.shared)
        ? [`${role} saw shared text in ${request}`]
        : []),
    ]);
    expect(leaks).toEqual([]);
    // The checks are not empty: the nearest leader did see what was shared.
    expect(seen.some(({ role, body }) => role === "nearestLeader" && body.includes(markers.shared))).toBe(
      true,
    );
  });

  it("keeps the nearest leader's own notes from the leader: only he reads them (issue 15, item 4)", async () => {
    const { nearestLeader, owner } = fixture.clients;
    const { dialogueId } = fixture.params;
    const marker = "Nielss egen note 7d1f";
    const saved = await nearestLeader.post(`/naermeste-leder/${dialogueId}`, {
      [`text:nearestLeader:note:${dialogueId}`]: marker,
    });
    expect(saved.status).toBe(302);
    expect(await readableBody(await nearestLeader.get(`/naermeste-leder/${dialogueId}`))).toContain(marker);
    for (const path of [
      `/dialog/${dialogueId}`,
      "/min-lederdialog",
      "/min-lederdialog/dialog",
      "/min-lederdialog/dialog/forhaandsvisning",
      "/min-lederdialog/kontrakt",
      "/min-lederdialog/mine-data.json",
      "/min-lederdialog/mine-data.html",
    ]) {
      expect(await readableBody(await owner.get(path)), path).not.toContain(marker);
    }
  });

  it("lets the nearest leader tick off the agreement made together, from the meeting, and nobody else", async () => {
    const { clients, markers } = fixture;
    const meeting = await (await clients.nearestLeader.get(`/dialog/${fixture.params.dialogueId}`)).text();
    const path = meeting.match(/href="(\/min-lederdialog\/aftaler\/[0-9a-f-]{36})#afkrydsning"/)?.[1];
    expect(path, "the meeting links the agreement he carries out to its tick-off").toBeTruthy();
    const page = await clients.nearestLeader.get(path ?? "");
    expect(page.status).toBe(200);
    const body = await readableBody(page);
    expect(body).toContain(markers.shared);
    expect(body).not.toContain(markers.private);
    for (const role of ["otherLeader", "hr", "admin"] as const) {
      expect((await clients[role].get(path ?? "")).status, role).toBe(404);
    }
  });

  it("shows the owner her own private text (so the checks above look for something real)", async () => {
    const { owner } = fixture.clients;
    const { markers } = fixture;
    expect(await readableBody(await owner.get("/min-lederdialog/kontrakt"))).toContain(markers.private);
    expect(await readableBody(await owner.get("/min-lederdialog/kontrakt.pdf"))).toContain(markers.private);
    expect(
      await readableBody(await owner.get(`/min-lederdialog/forloeb/${fixture.params.cycleId}`)),
    ).toContain(markers.archived);
    const shared = await readableBody(
      await fixture.clients.nearestLeader.get(`/naermeste-leder/${fixture.params.dialogueId}`),
    );
    expect(shared).toContain(markers.shared);
    expect(shared).not.toContain(markers.private);
  });

  it("gives HR figures in which at least five did and five did not, or a range, and no names", async () => {
    const response = await fixture.clients.hr.get("/tal.csv");
    const csv = await response.text();
    const values = new Map(
      csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .map((line) => line.split(";").map((cell) => cell.replace(/^"|"$/g, "")))
        .map(([label, value]) => [label, value]),
    );
    const counts = FIGURE_ROWS.filter((row) => row.isCount).map((row) => values.get(da.figures[row.key]));
    expect(counts.length).toBeGreaterThan(0);
    // A number only when at least five did it and five did not; otherwise a range's text (decision 028).
    const ranges: string[] = [da.figures.suppressed, ...Object.values(da.figureRanges)];
    for (const value of counts) {
      expect(
        ranges.some((range) => value?.startsWith(range.split("{{")[0] ?? range)) || Number(value) >= 5,
        `${value}`,
      ).toBe(true);
    }
    // The demo's ten leaders make the started count visible: the check saw a real figure.
    expect(counts.some((value) => Number(value) >= 5)).toBe(true);
    const page = await (await fixture.clients.hr.get("/tal")).text();
    for (const text of [csv, page]) {
      expect(text).not.toContain("Lone Lund");
      expect(text).not.toContain("Demoleder");
    }
  });

  describe("the owner's own POSTs", () => {
    it.each(appRoutes.filter((route) => route.hasAction))("$id", async (route) => {
      const found = EXPECTATIONS[route.id];
      if (!found?.post) throw new Error(`${route.id} has no "post" expectation`);
      const path = fillPattern(route, found.params?.(fixture.params) ?? {});
      const client = found.isSessionEnding ? await fixture.freshClient("owner") : fixture.clients.owner;
      const response = await client.post(path, found.post.body(fixture.params));
      expect(
        matches(response, found.post.expect.owner, path),
        `POST ${path}: ${describeOutcome(response)}`,
      ).toBe(true);
    });
  });
});
