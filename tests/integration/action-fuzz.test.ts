import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemWith } from "../support/answer-problems";
import { type DemoFixture, type Role, startDemoFixture } from "../support/demo-fixture";
import { fillPattern, listAppRoutes } from "../support/route-list";

/*
 * Every action, fed hostile input by fast-check (issue 6, "Trust"): overlong and invalid text, markup
 * and SQL, wrong shapes (repeated fields, JSON, files, raw bytes that are not UTF-8). Whatever comes
 * in, the answer is a 2xx/3xx (the input happened to be valid) or a 4xx with a translated message —
 * never a 5xx, never a stack trace. The actions come from app/routes.ts, so a new one is fuzzed too.
 * A failure prints fast-check's seed and path; FUZZ_SEED=<seed> repeats the run.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

interface FuzzTarget {
  /** The role that may use the action: the fuzzing gets past the access check to the parsing. */
  role: Role;
  params?: (fixture: DemoFixture["params"]) => Record<string, string>;
  /** Field names the page's forms do not show (resource routes, hidden protocols). */
  extraFields?: string[];
}

const TARGETS: Record<string, FuzzTarget> = {
  "features/account/sign-up.route": { role: "anonymous", extraFields: ["redirectTo"] },
  "features/account/sign-in.route": { role: "anonymous", extraFields: ["redirectTo"] },
  "features/account/sign-out.route": { role: "anonymous", extraFields: ["redirectTo"] },
  "features/account/forgot-password.route": { role: "anonymous" },
  "features/account/reset-password.route": { role: "anonymous", params: (p) => ({ token: p.resetToken }) },
  "features/account/check-email.route": { role: "owner", extraFields: ["redirectTo"] },
  "features/account/verify-email.route": {
    role: "anonymous",
    params: (p) => ({ token: p.verificationToken }),
  },
  "features/sso/sso-saml-acs.route": {
    role: "anonymous",
    params: (p) => ({ slug: p.ssoSlug }),
    extraFields: ["SAMLResponse", "RelayState"],
  },
  "features/sso/sso-link-proof.route": {
    role: "anonymous",
    params: (p) => ({ slug: p.ssoSlug, proofId: p.ssoSignInId }),
    extraFields: ["intent", "password"],
  },
  // Not the owner: "end the other sessions" must not sign out the owner's client of the other tests.
  "features/account/account-security.route": {
    role: "otherLeader",
    extraFields: ["intent", "identityId", "sessionId"],
  },
  "features/site/set-language.route": { role: "owner", extraFields: ["locale", "redirectTo"] },
  "features/home/my-dialogue.route": { role: "owner" },
  "features/autosave/autosave.route": {
    role: "owner",
    extraFields: ["key", "body", "cycleId", "themeId", "seconds"],
  },
  "features/prepare/prepare-theme.route": { role: "owner", params: () => ({ theme: "1" }) },
  "features/kontrakt/kontrakt.route": { role: "owner", extraFields: ["carry"] },
  "features/agreements/agreement.route": { role: "owner", params: (p) => ({ agreementId: p.agreementId }) },
  "features/calendar/calendar-settings.route": { role: "owner" },
  // Not the owner: the other tests here use her account, and a deletion needs her exact address.
  "features/privacy/delete-account.route": { role: "otherLeader" },
  "features/dialogue/dialogue-prepare.route": { role: "owner" },
  // Not the owner: a fuzzed value could unshare what the other tests read as shared.
  "features/sharing/share-part.route": { role: "otherLeader", extraFields: ["part", "isShared", "cycleId"] },
  "features/dialogue/invitation.route": {
    role: "otherLeader",
    params: (p) => ({ token: p.invitationToken }),
  },
  "features/dialogue/meeting.route": {
    role: "owner",
    params: (p) => ({ dialogueId: p.dialogueId }),
    extraFields: ["itemId", "agreementId", "respond"],
  },
  "features/dialogue/nearest-leader-prepare.route": {
    role: "nearestLeader",
    params: (p) => ({ dialogueId: p.dialogueId }),
  },
  "features/rollout/rollout.route": { role: "hr" },
  "features/organisation/admin-people.route": { role: "admin" },
  "features/organisation/admin-import.route": { role: "admin", extraFields: ["file", "upload"] },
  "features/sso/admin-sso.route": { role: "admin" },
  "features/sso/admin-email-domains.route": { role: "admin" },
  "features/organisation/admin-units.route": { role: "admin" },
  "features/organisation/admin-unit.route": { role: "admin", params: (p) => ({ unitId: p.unitId }) },
  "features/organisation/admin-person.route": { role: "admin", params: (p) => ({ userId: p.userId }) },
  "features/privacy/admin-retention.route": { role: "admin" },
  "features/reminders/unsubscribe.route": {
    role: "anonymous",
    params: (p) => ({ token: p.unsubscribeToken }),
  },
  "features/site/not-found.route": { role: "owner" },
};

const HOSTILE_TEXTS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "'; drop table users; --",
  '" or 1=1 --',
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFFx\uD800",
  "\u0001\u0002\u001b[31m\u007f",
  "\u202Egnp.exe",
  "__proto__",
  "constructor",
  "{{t}}",
  "%00",
  "%C0%AF",
  "../../etc/passwd",
  "NaN",
  "-1",
  "1e309",
  "9".repeat(400),
  "2026-02-31",
  "24:60",
  "",
  " ",
];

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  // Over every field's limit, and now and then over the 1 MB body limit.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(201, 501, 2_001, 20_001, 300_000, 1_100_000),
        fc.constantFrom("x", "æ", "<b>", "😀"),
      )
      .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** Raw bytes that are not UTF-8: overlong forms, surrogates encoded, stray continuation bytes. */
const INVALID_UTF8 = [
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff, 0xfe],
  [0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0x00],
];

type Body = { kind: string; headers: Record<string, string>; body: BodyInit | undefined };

function bodies(fieldNames: string[]): fc.Arbitrary<Body> {
  const name = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...fieldNames) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS.slice(0, 14)) },
  );
  // Repeated names become arrays; a missing field is simply not drawn.
  const pairs = fc.array(fc.tuple(name, hostileText), { minLength: 0, maxLength: 8 });
  const urlEncoded = pairs.map((fields) => ({
    kind: "form",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  }));
  const rawBytes = fc
    .tuple(name, fc.array(fc.constantFrom(...INVALID_UTF8), { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([field, chunks, isPercentEncoded]) => {
      const bytes = chunks.flat();
      const value = isPercentEncoded
        ? Buffer.from(bytes.map((byte) => `%${byte.toString(16).padStart(2, "0").toUpperCase()}`).join(""))
        : Buffer.from(bytes);
      return {
        kind: isPercentEncoded ? "percent-encoded invalid UTF-8" : "raw invalid UTF-8",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: Buffer.concat([Buffer.from(`${encodeURIComponent(field)}=`), value]),
      };
    });
  const jsonValue = fc.oneof(
    hostileText,
    fc.integer(),
    fc.constant(null),
    fc.array(hostileText, { maxLength: 3 }),
  );
  const json = fc.dictionary(name, jsonValue, { maxKeys: 6 }).map((object) => ({
    kind: "json",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(object),
  }));
  const multipart = fc.array(fc.tuple(name, hostileText, fc.boolean()), { maxLength: 5 }).map((fields) => {
    const form = new FormData();
    for (const [field, value, isFile] of fields) {
      if (isFile) form.append(field, new Blob([value], { type: "application/octet-stream" }), "fil.bin");
      else form.append(field, value);
    }
    return { kind: "multipart", headers: {}, body: form };
  });
  const odd = fc.constantFrom<Body>(
    { kind: "no body", headers: {}, body: undefined },
    { kind: "text/plain", headers: { "Content-Type": "text/plain" }, body: "intent=x" },
    {
      kind: "broken multipart",
      headers: { "Content-Type": "multipart/form-data; boundary=grænse" },
      body: '--grænse\r\nContent-Disposition: form-data; name="x"\r\n\r\nuafsluttet',
    },
    {
      kind: "xml",
      headers: { "Content-Type": "application/xml" },
      body: "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
    },
  );
  return fc.oneof(
    { weight: 5, arbitrary: urlEncoded },
    { weight: 2, arbitrary: rawBytes },
    { weight: 2, arbitrary: json },
    { weight: 2, arbitrary: multipart },
    { weight: 1, arbitrary: odd },
  );
}

const actions = (await listAppRoutes()).filter((route) => route.hasAction);

describe("every action refuses hostile input with a translated 4xx, never a 5xx", () => {
  let fixture: DemoFixture;
  beforeAll(async () => {
    fixture = await startDemoFixture();
  }, 120_000);
  afterAll(async () => {
    await fixture?.stop();
  });

  it("knows which role to fuzz every action as", () => {
    const missing = actions.filter((route) => !TARGETS[route.id]).map((route) => route.id);
    expect(missing, "add these actions to TARGETS in tests/integration/action-fuzz.test.ts").toEqual([]);
  });

  it.each(actions)(
    "$id ($pattern)",
    async (route) => {
      const target = TARGETS[route.id];
      if (!target) throw new Error(`${route.id} is not in TARGETS: add the role that may use it`);
      const path = fillPattern(route, target.params?.(fixture.params) ?? {});
      const client = fixture.clients[target.role];
      // The field names and intents of the page's own forms, as the role sees them.
      const page = await (await client.get(path)).text();
      const fieldNames = [
        ...new Set([
          ...[...page.matchAll(/\bname="([^"]+)"/g)].map((match) => match[1] as string),
          ...(target.extraFields ?? []),
          "intent",
        ]),
      ];
      const intents = [
        ...page.matchAll(/name="intent"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="intent"/g),
      ].map((match) => (match[1] ?? match[2]) as string);
      const withIntent = fc.tuple(
        fc.option(fc.constantFrom(...intents, "ukendt"), { nil: undefined }),
        bodies(fieldNames),
      );
      await fc.assert(
        fc.asyncProperty(withIntent, async ([intent, request]) => {
          let body = request.body;
          if (intent && request.kind === "form")
            body = `intent=${encodeURIComponent(intent)}&${String(body)}`;
          const response = await client.post(path, body ?? "", request.headers);
          const problem = await problemWith(response);
          if (problem) throw new Error(`${request.kind} body, intent ${intent}: ${problem}`);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    },
    120_000,
  );
});
