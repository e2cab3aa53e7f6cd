import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createUnsubscribeToken } from "~/features/reminders/unsubscribe-token.server";
import { DEMO_PASSWORD } from "../../server/seeding/seed-demo-organisation";
import { AppClient, expectStatus } from "./app-client";
import { type AppProcess, freePort, startApp } from "./app-process";
import { readableMail, type SmtpInbox, startSmtpInbox } from "./smtp-inbox";

export const ROLES = ["anonymous", "otherLeader", "nearestLeader", "hr", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

export const DEMO_EMAILS = {
  owner: "lone@demo.lederdialog.dk",
  nearestLeader: "niels@demo.lederdialog.dk",
  hr: "hanne@demo.lederdialog.dk",
  admin: "anders@demo.lederdialog.dk",
  // A demo leader of the same organisation and unit tree, with the same nearest leader as the owner.
  otherLeader: "leder1@demo.lederdialog.dk",
} as const;

export interface FixtureParams {
  /** The owner's private agreement (with herself) and the one made together in the dialogue. */
  agreementId: string;
  jointAgreementId: string;
  /** The owner's archived cycle, and her current one. */
  cycleId: string;
  ownerCycleId: string;
  /** The dialogue between the owner and her nearest leader, and its (accepted) invitation. */
  dialogueId: string;
  invitationToken: string;
  /** A reset link that was never sent. */
  resetToken: string;
  /** An address-verification link that was never sent. */
  verificationToken: string;
  /** The owner's calendar subscription ("<secret>.ics") and an unsubscribe link of hers. */
  calendarFile: string;
  unsubscribeToken: string;
  /** A unit of the demo organisation's tree (the demo leaders'). */
  unitId: string;
  /** A demo leader no other test relies on: the administrator's page for one person. */
  userId: string;
  /** The demo organisation (no single sign-on set up) and a sign-in attempt that never was. */
  ssoSlug: string;
  ssoSignInId: string;
}

export interface DemoFixture {
  app: AppProcess;
  inbox: SmtpInbox;
  dataDir: string;
  clients: Record<Role, AppClient>;
  /** A new session for a role (for requests that end the session they are sent with). */
  freshClient(role: Role): Promise<AppClient>;
  /** Values for every dynamic segment, from the owner's data. */
  params: FixtureParams;
  /** Unique words: in the owner's private texts only; in the parts shared with the nearest leader. */
  markers: { private: string; archived: string; shared: string };
  stop(): Promise<void>;
}

const FUTURE_DATE = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** The first match of `pattern` in the newest mail to `to`, waiting for it to arrive. */
export async function waitForMail(inbox: SmtpInbox, to: string, pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const message of [...inbox.messages].reverse()) {
      const match = message.rcptTo.includes(to) ? readableMail(message.raw).match(pattern) : null;
      if (match?.[1]) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} matching ${pattern}`);
}

/**
 * The production build on its own SQLite database with the demo organisation (`demo`), and the
 * owner (Lone) given content over HTTP the way she would write it: private notes and kontrakt, an
 * archived cycle, a private agreement, the goals and points shared, an accepted dialogue with her
 * nearest leader (Niels) that has an agenda, notes and an agreement made together, and a calendar
 * feed. The other leader (a demo leader with no password) gets one through "Glemt adgangskode".
 */
export async function startDemoFixture(): Promise<DemoFixture> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-authz-"));
  const inbox = await startSmtpInbox();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const sessionSecret = randomBytes(32).toString("hex");
  const app = await startApp(
    {
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SESSION_SECRET: sessionSecret,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
      MAIL_FROM: "Lederdialog <no-reply@lederdialog.test>",
      // Reminders would mail while the tests run; an hour is longer than any run.
      REMINDER_INTERVAL_SECONDS: "3600",
    },
    "demo",
  );
  const id = randomBytes(5).toString("hex");
  const markers = { private: `Privatord${id}`, archived: `Arkivord${id}`, shared: `Deltord${id}` };

  const signIn = (role: Exclude<Role, "anonymous">) =>
    new AppClient(baseUrl).signIn(DEMO_EMAILS[role], DEMO_PASSWORD);

  // The other leader chooses a password the way an imported leader does.
  const anonymous = new AppClient(baseUrl);
  await expectStatus(
    await anonymous.post("/glemt-adgangskode", { email: DEMO_EMAILS.otherLeader }),
    200,
    "password reset for the other leader",
  );
  const resetToken = await waitForMail(inbox, DEMO_EMAILS.otherLeader, /\/nulstil-adgangskode\/([\w-]+)/);
  await expectStatus(
    await anonymous.post(`/nulstil-adgangskode/${resetToken}`, { password: DEMO_PASSWORD }),
    302,
    "the other leader's new password",
  );

  const [owner, nearestLeader, hr, admin, otherLeader] = await Promise.all([
    signIn("owner"),
    signIn("nearestLeader"),
    signIn("hr"),
    signIn("admin"),
    signIn("otherLeader"),
  ]);
  const save = async (key: string, body: string) =>
    expectStatus(await owner.post("/min-lederdialog/gem", { key, body }), 200, `autosave ${key}`);

  // An earlier cycle, archived.
  await save("kontrakt:goals", `Sidste år ${markers.archived} og ${markers.private}`);
  await expectStatus(
    await owner.post("/min-lederdialog", { intent: "newCycle", confirmed: "yes" }),
    302,
    "new cycle",
  );

  // The current cycle: private notes and kontrakt fields, shared goals and points.
  await save("note:goals", `Mine noter ${markers.private}`);
  await save("kontrakt:wellbeing", `Mit arbejdsmiljø ${markers.private}`);
  await save("kontrakt:alignWithLeader", `Afstemme ${markers.private}`);
  await save("kontrakt:goals", `Mine mål ${markers.shared}`);
  await save("dialogue:point:1", `Punkt ${markers.shared}`);
  await expectStatus(
    await owner.post("/min-lederdialog/kontrakt", {
      intent: "addAgreement",
      kind: "self",
      text: `Pauser ${markers.private}`,
      followUpDate: FUTURE_DATE,
      followUpTime: "08:00",
      recurrence: "weekly",
      followUpHow: `Krydser af ${markers.private}`,
    }),
    302,
    "private agreement",
  );
  await expectStatus(
    await owner.post("/min-lederdialog/dialog", { intent: "share", part: ["points", "goals"] }),
    302,
    "share",
  );
  await expectStatus(
    await owner.post("/min-lederdialog/dialog", {
      intent: "invite",
      email: DEMO_EMAILS.nearestLeader,
      date: FUTURE_DATE,
      time: "10:00",
      location: "Mødelokale 2",
    }),
    302,
    "invite",
  );
  const invitationToken = await waitForMail(inbox, DEMO_EMAILS.nearestLeader, /\/invitation\/([\w-]+)/);
  const accepted = await expectStatus(
    await nearestLeader.post(`/invitation/${invitationToken}`, {}),
    302,
    "accept the invitation",
  );
  const dialogueId = accepted.headers.get("location")?.match(/\/naermeste-leder\/([\w-]+)/)?.[1];
  if (!dialogueId) throw new Error("accepting did not lead to the nearest leader's page");
  const meeting = `/dialog/${dialogueId}`;
  await expectStatus(await owner.post(meeting, { intent: "start" }), 302, "open the dialogue");
  await expectStatus(
    await owner.post(meeting, {
      intent: "saveNotes",
      body: `Fælles noter ${markers.shared}`,
      baseVersion: "0",
      baseBody: "",
    }),
    302,
    "meeting notes",
  );
  await expectStatus(
    await owner.post(meeting, { intent: "addAgreement", owner: "both", text: `Sammen ${markers.shared}` }),
    302,
    "agreement made together",
  );

  const exported = (await (await owner.get("/min-lederdialog/mine-data.json")).json()) as {
    cycles: { status: string; agreements: { id: string; kind: string }[] }[];
  };
  const current = exported.cycles.find((cycle) => cycle.status === "active")?.agreements ?? [];
  const agreementId = current.find((agreement) => agreement.kind === "self")?.id;
  const jointAgreementId = current.find((agreement) => agreement.kind === "leader")?.id;
  const home = await (await owner.get("/min-lederdialog")).text();
  const cycleId = home.match(/\/min-lederdialog\/forloeb\/([0-9a-f-]{36})/)?.[1];
  const feedPage = await (await owner.post("/min-lederdialog/kalender", { intent: "create" })).text();
  const feedFile = feedPage.match(/\/kalender\/([\w-]{43}\.ics)/)?.[1];
  if (!agreementId || !jointAgreementId || !cycleId || !feedFile)
    throw new Error("the owner's fixture is incomplete");

  const database = new Database(path.join(dataDir, "lederdialog.sqlite"), { readonly: true });
  const ownerId = (
    database.prepare("select id from users where email = ?").get(DEMO_EMAILS.owner) as { id: string }
  ).id;
  const ownerCycleId = (
    database.prepare("select id from cycles where user_id = ? and status = 'active'").get(ownerId) as {
      id: string;
    }
  ).id;
  const unitId = (database.prepare("select id from units order by path limit 1").get() as { id: string }).id;
  const userId = (
    database.prepare("select id from users where email = 'leder9@demo.lederdialog.dk'").get() as {
      id: string;
    }
  ).id;
  database.close();

  const clients: Record<Role, AppClient> = {
    anonymous: new AppClient(baseUrl),
    otherLeader,
    nearestLeader,
    hr,
    admin,
    owner,
  };
  return {
    app,
    inbox,
    dataDir,
    clients,
    freshClient: (role) => (role === "anonymous" ? Promise.resolve(new AppClient(baseUrl)) : signIn(role)),
    params: {
      agreementId,
      jointAgreementId,
      cycleId,
      ownerCycleId,
      dialogueId,
      invitationToken,
      resetToken: randomBytes(32).toString("base64url"),
      verificationToken: randomBytes(32).toString("base64url"),
      calendarFile: feedFile,
      unsubscribeToken: createUnsubscribeToken(sessionSecret, { userId: ownerId, kind: "followUpDue" }),
      unitId,
      userId,
      ssoSlug: "demo",
      ssoSignInId: randomUUID(),
    },
    markers,
    async stop() {
      await app.stop();
      await inbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
