import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAgreementCheck } from "~/features/agreements/agreement-checks.server";
import {
  type AgreementFields,
  createAgreement,
  setAgreementStatus,
} from "~/features/agreements/agreements.server";
import { ensureActiveCycle, startNewCycle } from "~/features/cycles/cycles.server";
import { acceptInvitation, createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { addUnit } from "~/features/organisation/add-unit.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { findDueReminders } from "~/features/reminders/find-due-reminders.server";
import { findIsUnsubscribed, unsubscribeFromMail } from "~/features/reminders/mail-unsubscribes.server";
import { createReminderScheduler } from "~/features/reminders/reminder-scheduler.server";
import { runReminders } from "~/features/reminders/run-reminders.server";
import { createUnsubscribeToken, readUnsubscribeToken } from "~/features/reminders/unsubscribe-token.server";
import { inviteUnitLeaders } from "~/features/rollout/invite-unit-leaders.server";
import { listRollouts } from "~/features/rollout/list-rollouts.server";
import { createUser } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import { createDatabase } from "~/platform/db/create-database.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import type { User } from "~/platform/db/tables/users.table";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { localDateInDenmark } from "~/platform/time/local-date";
import { type AppProcess, freePort, startApp } from "../../../tests/support/app-process";
import {
  type ParsedMail,
  parseMail,
  type SmtpInbox,
  startSmtpInbox,
} from "../../../tests/support/smtp-inbox";
import {
  createTestDatabase,
  describeEachDialect,
  dialects,
  type TestDatabase,
  testTextCipher,
  testTextKeyBase64,
} from "../../../tests/support/test-database";
import { verifyAddress } from "../../../tests/support/verify-address";

// Issue 4, item 6: reminder mails from a scheduler inside the app, on SQLite and PostgreSQL, sent over
// a real SMTP server; and the one-click unsubscribe page in the real server process.

const SECRET = "reminders-test-session-secret-0123456789abcdef";
const PUBLIC_URL = new URL("http://localhost:3000");
const FROM = "Lederdialog <no-reply@lederdialog.local>";

let inbox: SmtpInbox;
let mailer: Mailer;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = createMailer({
    publicUrl: new URL("http://localhost:3000"),
    smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
    from: FROM,
    outboxDir: path.join(os.tmpdir(), `lederdialog-unused-outbox-${process.pid}`),
  });
});
afterAll(async () => {
  await inbox?.close();
});

/** A logger that keeps its lines, to see what a run reports. */
function capturingLog() {
  const lines: string[] = [];
  const log = pino({ level: "info", base: undefined }, { write: (line: string) => void lines.push(line) });
  return { log, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function servicesFor(db: DB, options: { mailer?: Mailer; log?: pino.Logger } = {}) {
  return {
    db,
    mailer: options.mailer ?? mailer,
    log: options.log ?? capturingLog().log,
    config: { publicUrl: PUBLIC_URL, sessionSecret: SECRET } as Config,
  };
}

async function mailsTo(email: string): Promise<ParsedMail[]> {
  return Promise.all(
    inbox.messages.filter((mail) => mail.rcptTo.includes(email)).map((mail) => parseMail(mail.raw)),
  );
}

async function subjectsTo(email: string): Promise<string[]> {
  return (await mailsTo(email)).map((mail) => mail.subject).sort();
}

/** RFC 8058's two headers, as mailparser reads them ("List-*" headers land under "list"). */
function listUnsubscribe(mail: ParsedMail | undefined): { url?: string; post?: string } {
  const list = mail?.headers.get("list") as
    | { unsubscribe?: { url?: string }; "unsubscribe-post"?: { name?: string } }
    | undefined;
  return { url: list?.unsubscribe?.url, post: list?.["unsubscribe-post"]?.name };
}

let userCounter = 0;

async function newUser(db: DB, name: string, locale: string | null = null): Promise<User> {
  const organisation = await ensureDefaultOrganisation(db);
  return createUser(db, {
    organisationId: organisation.id,
    email: `reminder-${++userCounter}-${process.pid}@kommune.dk`,
    name,
    passwordHash: null,
    locale,
    roles: ["leader"],
  });
}

async function newLeader(db: DB, locale: string | null = null): Promise<{ user: User; cycle: Cycle }> {
  const user = await newUser(db, "Lise Leder", locale);
  return { user, cycle: await ensureActiveCycle(db, user) };
}

/** A dialogue booked well ahead (on `bookedAt`), accepted by `nearestLeader` when one is given. */
async function bookDialogue(
  db: DB,
  options: { cycle: Cycle; startsOn: string; startsAt: string; bookedAt: string; nearestLeader?: User },
) {
  const { dialogue, token } = await createDialogueInvitation(db, {
    cycle: options.cycle,
    email: options.nearestLeader?.email ?? "someone@kommune.dk",
    startsOn: options.startsOn,
    startsAt: options.startsAt,
    location: "Mødelokale 2, Rådhuset",
    now: new Date(options.bookedAt),
  });
  if (options.nearestLeader) {
    await verifyAddress(db, options.nearestLeader);
    const accepted = await acceptInvitation(db, {
      token,
      userId: options.nearestLeader.id,
      userEmail: options.nearestLeader.email,
      now: new Date(options.bookedAt),
    });
    expect(accepted.ok).toBe(true);
  }
  return dialogue;
}

async function addAgreement(db: DB, cycle: Cycle, fields: Partial<AgreementFields>) {
  return createAgreement(db, {
    cycle,
    fields: {
      kind: "self",
      text: "Jeg holder fri fredag eftermiddag",
      followUpDate: null,
      followUpTime: null,
      recurrence: null,
      followUpHow: "",
      ...fields,
    },
  });
}

describeEachDialect("reminders", (getDb) => {
  /** "kind recipient-email" for what is due at `now` about one dialogue or agreement. */
  async function dueAbout(subjectId: string, now: string): Promise<string[]> {
    const due = await findDueReminders(getDb(), { now: new Date(now) });
    return due
      .filter((reminder) => reminder.subjectId === subjectId)
      .map((reminder) => `${reminder.kind} ${reminder.recipient.email}`)
      .sort();
  }

  it("reminds both people to prepare from the same time the day before, in Danish time, until it starts", async () => {
    const { user: leader, cycle } = await newLeader(getDb());
    const nearestLeader = await newUser(getDb(), "Niels Nærmeste");
    // The day after summer time ends: 10:00 on 25 October is 09:00 UTC, not 08:00.
    const dialogue = await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-10-26",
      startsAt: "10:00",
      bookedAt: "2026-10-01T10:00:00Z",
      nearestLeader,
    });
    expect(await dueAbout(dialogue.id, "2026-10-25T08:59:59Z")).toEqual([]);
    const both = [`dialoguePrepare ${leader.email}`, `dialoguePrepare ${nearestLeader.email}`].sort();
    expect(await dueAbout(dialogue.id, "2026-10-25T09:00:00Z")).toEqual(both);
    expect(await dueAbout(dialogue.id, "2026-10-26T08:59:00Z")).toEqual(both);
    expect(await dueAbout(dialogue.id, "2026-10-26T09:00:00Z")).toEqual([]);
  });

  it("does not remind about a dialogue booked less than a day ahead: the invitation has just gone out", async () => {
    const { cycle } = await newLeader(getDb());
    const dialogue = await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-10-28",
      startsAt: "10:00",
      bookedAt: "2026-10-27T12:00:00Z",
    });
    expect(await dueAbout(dialogue.id, "2026-10-27T13:00:00Z")).toEqual([]);
  });

  it("reminds the leader on the day a follow-up falls, from its time in Danish time, repeats included", async () => {
    const { user, cycle } = await newLeader(getDb());
    // Summer time starts at 02:00 on 29 March 2026: 09:00 that day is 07:00 UTC.
    const once = await addAgreement(getDb(), cycle, { followUpDate: "2026-03-29", followUpTime: "09:00" });
    expect(await dueAbout(once.id, "2026-03-29T06:59:00Z")).toEqual([]);
    expect(await dueAbout(once.id, "2026-03-29T07:00:00Z")).toEqual([`followUpDue ${user.email}`]);
    expect(await dueAbout(once.id, "2026-03-29T21:59:00Z")).toEqual([`followUpDue ${user.email}`]);
    expect(await dueAbout(once.id, "2026-03-29T22:00:00Z")).toEqual([]); // 30 March in Denmark

    // Weekly from Tuesday 24 March, at the default time (09:00): the next Tuesday, in summer time.
    const weekly = await addAgreement(getDb(), cycle, { followUpDate: "2026-03-24", recurrence: "weekly" });
    expect(await dueAbout(weekly.id, "2026-03-24T08:00:00Z")).toEqual([`followUpDue ${user.email}`]);
    expect(await dueAbout(weekly.id, "2026-03-30T12:00:00Z")).toEqual([]);
    expect(await dueAbout(weekly.id, "2026-03-31T06:59:00Z")).toEqual([]);
    expect(await dueAbout(weekly.id, "2026-03-31T07:00:00Z")).toEqual([`followUpDue ${user.email}`]);
    await setAgreementStatus(getDb(), weekly.id, "completed");
    expect(await dueAbout(weekly.id, "2026-04-07T07:00:00Z")).toEqual([]);
    await setAgreementStatus(getDb(), once.id, "completed");
  });

  it("tells the leader of a one-off follow-up two days past without a tick, once, within a week", async () => {
    const { user, cycle } = await newLeader(getDb());
    const late = await addAgreement(getDb(), cycle, { followUpDate: "2026-05-04", followUpTime: "14:00" });
    // Two days later at 14:00 in Denmark (summer time): 12:00 UTC.
    expect(
      (await dueAbout(late.id, "2026-05-06T11:59:00Z")).filter((d) => d.startsWith("followUpOverdue")),
    ).toEqual([]);
    expect(await dueAbout(late.id, "2026-05-06T12:00:00Z")).toEqual([`followUpOverdue ${user.email}`]);
    expect(await dueAbout(late.id, "2026-05-13T12:00:00Z")).toEqual([`followUpOverdue ${user.email}`]);
    expect(await dueAbout(late.id, "2026-05-14T12:00:00Z")).toEqual([]); // old news

    // A tick for an earlier week is not a follow-up; a tick for the week it fell in is.
    await recordAgreementCheck(getDb(), { agreementId: late.id, date: "2026-04-27", isKept: true });
    expect(await dueAbout(late.id, "2026-05-07T08:00:00Z")).toEqual([`followUpOverdue ${user.email}`]);
    await recordAgreementCheck(getDb(), { agreementId: late.id, date: "2026-05-04", isKept: false });
    expect(await dueAbout(late.id, "2026-05-07T08:00:00Z")).toEqual([]);

    // Repeating follow-ups are never "overdue": the next repeat is the reminder.
    const weekly = await addAgreement(getDb(), cycle, { followUpDate: "2026-05-04", recurrence: "weekly" });
    expect(await dueAbout(weekly.id, "2026-05-07T08:00:00Z")).toEqual([]);
    await setAgreementStatus(getDb(), weekly.id, "dropped");
  });

  it("sends each kind in the recipient's language, with its link and the one-click unsubscribe headers", async () => {
    const { user: leader, cycle } = await newLeader(getDb());
    const nearestLeader = await newUser(getDb(), "Nina Nearest", "en");
    const dialogue = await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-06-11",
      startsAt: "10:00",
      bookedAt: "2026-06-01T08:00:00Z",
      nearestLeader,
    });
    const agreement = await addAgreement(getDb(), cycle, {
      text: "Jeg går en tur i frokostpausen",
      followUpDate: "2026-06-10",
      followUpTime: "09:30",
    });
    const result = await runReminders(servicesFor(getDb()), { now: new Date("2026-06-10T08:00:00Z") });
    expect(result).toEqual({ sent: 3, failed: 0 });

    const toLeader = await mailsTo(leader.email);
    expect(toLeader.map((mail) => mail.subject).sort()).toEqual([
      "I dag følger du op på din aftale",
      "Påmindelse: din dialog med din nærmeste leder 11. juni 2026",
    ]);
    const prepare = toLeader.find((mail) => mail.subject.startsWith("Påmindelse"));
    expect(prepare?.text).toContain("Din dialog med din nærmeste leder er 11. juni 2026 kl. 10.00.");
    expect(prepare?.text).toContain("Sted: Mødelokale 2, Rådhuset");
    expect(prepare?.text).toContain(`http://localhost:3000/dialog/${dialogue.id}`);
    const due = toLeader.find((mail) => mail.subject.startsWith("I dag"));
    expect(due?.text).toContain("“Jeg går en tur i frokostpausen”");
    expect(due?.text).toContain(`http://localhost:3000/min-lederdialog/aftaler/${agreement.id}`);

    const [toNearest, ...more] = await mailsTo(nearestLeader.email);
    expect(more).toEqual([]);
    expect(toNearest?.subject).toBe("Reminder: your dialogue with Lise Leder on 11 June 2026");
    expect(toNearest?.text).toContain("Your dialogue with Lise Leder is on 11 June 2026 at 10:00.");
    expect(toNearest?.text).toContain(`http://localhost:3000/naermeste-leder/${dialogue.id}`);
    // The leader's own texts never reach the nearest leader.
    expect(toNearest?.text).not.toContain("frokostpausen");

    for (const [mail, userId, kind] of [
      [prepare, leader.id, "dialoguePrepare"],
      [due, leader.id, "followUpDue"],
      [toNearest, nearestLeader.id, "dialoguePrepare"],
    ] as const) {
      const { url, post } = listUnsubscribe(mail);
      expect(url, kind).toMatch(/^http:\/\/localhost:3000\/afmeld\//);
      expect(post, kind).toBe("List-Unsubscribe=One-Click");
      expect(readUnsubscribeToken(SECRET, url?.split("/afmeld/")[1] ?? "")).toEqual({ userId, kind });
      expect(mail?.text).toContain(`\n${url}\n`); // the same link in the text, for people
    }

    // Sent is sent: the next run, a minute later, sends nothing again.
    expect(await runReminders(servicesFor(getDb()), { now: new Date("2026-06-10T08:01:00Z") })).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it("sends nothing of a kind a user has unsubscribed from, and still the other kinds", async () => {
    const { user, cycle } = await newLeader(getDb());
    await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-07-08",
      startsAt: "13:00",
      bookedAt: "2026-07-01T08:00:00Z",
    });
    await addAgreement(getDb(), cycle, { followUpDate: "2026-07-07", followUpTime: "08:00" });
    expect(await unsubscribeFromMail(getDb(), { userId: user.id, kind: "followUpDue" })).toBe(true);
    expect(await findIsUnsubscribed(getDb(), { userId: user.id, kind: "followUpDue" })).toBe(true);
    expect(await findIsUnsubscribed(getDb(), { userId: user.id, kind: "dialoguePrepare" })).toBe(false);

    await runReminders(servicesFor(getDb()), { now: new Date("2026-07-07T12:00:00Z") });
    expect(await subjectsTo(user.email)).toEqual([
      "Påmindelse: din dialog med din nærmeste leder 8. juli 2026",
    ]);
  });

  it("sends exactly one mail when two runs start at the same moment", async () => {
    const { user, cycle } = await newLeader(getDb());
    const nearestLeader = await newUser(getDb(), "Niels Nærmeste");
    await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-08-05",
      startsAt: "09:00",
      bookedAt: "2026-08-01T08:00:00Z",
      nearestLeader,
    });
    await addAgreement(getDb(), cycle, { followUpDate: "2026-08-04", followUpTime: "07:00" });
    const now = new Date("2026-08-04T09:00:00Z");
    const runs = await Promise.all([
      runReminders(servicesFor(getDb()), { now }),
      runReminders(servicesFor(getDb()), { now }),
      runReminders(servicesFor(getDb()), { now }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(3);
    expect(await mailsTo(user.email)).toHaveLength(2);
    expect(await mailsTo(nearestLeader.email)).toHaveLength(1);
  });

  it("gives a failed send back, logs it, and sends it on the next run", async () => {
    const { user, cycle } = await newLeader(getDb());
    await addAgreement(getDb(), cycle, { followUpDate: "2026-09-01", followUpTime: "10:00" });
    const now = new Date("2026-09-01T09:00:00Z");
    const unreachable = createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`, // nothing listens there
      from: FROM,
      outboxDir: os.tmpdir(),
    });
    const { log, lines } = capturingLog();
    expect(await runReminders(servicesFor(getDb(), { mailer: unreachable, log }), { now })).toEqual({
      sent: 0,
      failed: 1,
    });
    expect(lines.join("\n")).toContain("reminder mail failed");
    expect(lines.join("\n")).not.toContain(user.email);
    expect(await mailsTo(user.email)).toEqual([]);

    expect(await runReminders(servicesFor(getDb()), { now: new Date("2026-09-01T09:01:00Z") })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await subjectsTo(user.email)).toEqual(["I dag følger du op på din aftale"]);
  });

  it("a run of the scheduler does not wait for the roll-out mails it starts (decision 052)", async () => {
    // Issue 16's review: a run mailed the whole roll-out queue before it returned, so no reminder
    // went out while a large roll-out was being sent (17.5 minutes late behind 8,755 mails).
    const organisation = await ensureDefaultOrganisation(getDb());
    const added = await addUnit(getDb(), {
      organisationId: organisation.id,
      name: `Kø ${newId()}`,
      parentId: null,
    });
    if (!added.ok) throw new Error(added.error);
    const hr = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `hr-${newId()}@kommune.dk`,
      name: "HR",
      passwordHash: null,
      roles: ["hr"],
    });
    const leader = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `koe-${newId()}@kommune.dk`,
      name: "Leder i kø",
      passwordHash: null,
      roles: ["leader"],
      unitId: added.unitId,
    });
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: organisation.id,
      unitId: added.unitId,
      senderId: hr.id,
    });
    // Waiting for two minutes: any scheduler may take it.
    await getDb()
      .updateTable("rollout_recipients")
      .set({ claimed_at: new Date(Date.now() - 2 * 60_000).toISOString() })
      .where("rollout_id", "=", queued?.rolloutId ?? "")
      .execute();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldMail: string | undefined;
    const holding: Mailer = {
      async send(message) {
        if (message.to !== leader.email) return;
        heldMail = message.to;
        await gate;
      },
    };
    // A clock long before anything of any test is due: this run finds no reminder of anyone's.
    const scheduler = createReminderScheduler(servicesFor(getDb(), { mailer: holding }), {
      intervalMs: 60_000,
      clock: () => new Date("2000-01-01T09:00:00Z"),
    });
    let isRunDone = false;
    const run = scheduler.runOnce().then(() => {
      isRunDone = true;
    });
    for (let attempt = 0; attempt < 200 && heldMail === undefined; attempt++) await sleep(25);
    expect(heldMail).toBe(leader.email);
    await new Promise((resolve) => setImmediate(resolve));
    expect(isRunDone).toBe(true);
    release();
    await run;
    await scheduler.stop();
    expect(
      (await listRollouts(getDb(), organisation.id)).find((r) => r.id === queued?.rolloutId),
    ).toMatchObject({
      mailed: 1,
      waiting: 0,
    });
  });

  it("the scheduler runs one run at a time in a process, and none after it stopped", async () => {
    const { user, cycle } = await newLeader(getDb());
    await addAgreement(getDb(), cycle, { followUpDate: "2026-09-15", followUpTime: "10:00" });
    const scheduler = createReminderScheduler(servicesFor(getDb()), {
      intervalMs: 60_000,
      clock: () => new Date("2026-09-15T09:00:00Z"),
    });
    const first = scheduler.runOnce();
    expect(scheduler.runOnce()).toBe(first); // joins the run in progress
    expect(await first).toEqual({ sent: 1, failed: 0 });
    expect(await mailsTo(user.email)).toHaveLength(1);
    scheduler.start();
    await scheduler.stop();
    expect(await scheduler.runOnce()).toBeUndefined();
  });

  it("sends nothing about a cancelled dialogue or an archived cycle", async () => {
    const { user: rebooked, cycle } = await newLeader(getDb());
    // A new invitation cancels the one that was never accepted.
    const cancelled = await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-11-11",
      startsAt: "10:00",
      bookedAt: "2026-11-01T08:00:00Z",
    });
    await bookDialogue(getDb(), {
      cycle,
      startsOn: "2026-11-20",
      startsAt: "10:00",
      bookedAt: "2026-11-02T08:00:00Z",
    });
    expect(await dueAbout(cancelled.id, "2026-11-10T12:00:00Z")).toEqual([]);

    const { user: archived, cycle: oldCycle } = await newLeader(getDb());
    await bookDialogue(getDb(), {
      cycle: oldCycle,
      startsOn: "2026-11-11",
      startsAt: "10:00",
      bookedAt: "2026-11-01T08:00:00Z",
    });
    await addAgreement(getDb(), oldCycle, { followUpDate: "2026-11-10", recurrence: "daily" });
    await startNewCycle(getDb(), archived);

    await runReminders(servicesFor(getDb()), { now: new Date("2026-11-10T12:00:00Z") });
    expect(await mailsTo(rebooked.email)).toEqual([]);
    expect(await mailsTo(archived.email)).toEqual([]);
  });
});

describe.each(dialects)("two app processes on one database [%s]", (dialect) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-reminders-shared-"));
  let first: TestDatabase;
  let second: DB;
  beforeAll(async () => {
    first = await createTestDatabase(dialect, { sqliteFile: path.join(dir, "shared.sqlite") });
    // A second, separate connection (pool) to the same database, as another process would have.
    second = createDatabase(
      dialect === "sqlite"
        ? { kind: "sqlite", file: first.location }
        : { kind: "postgres", url: first.location },
      testTextCipher,
    );
  });
  afterAll(async () => {
    await second?.destroy();
    await first?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("send each reminder once when both run at the same moment", async () => {
    const { user, cycle } = await newLeader(first.db);
    const nearestLeader = await newUser(first.db, "Niels Nærmeste");
    await bookDialogue(first.db, {
      cycle,
      startsOn: "2026-12-02",
      startsAt: "09:00",
      bookedAt: "2026-11-20T08:00:00Z",
      nearestLeader,
    });
    await addAgreement(first.db, cycle, { followUpDate: "2026-12-01", recurrence: "daily" });
    await addAgreement(first.db, cycle, { followUpDate: "2026-11-27", followUpTime: "08:00" });
    const now = new Date("2026-12-01T10:00:00Z");
    const runs = await Promise.all([
      runReminders(servicesFor(first.db), { now }),
      runReminders(servicesFor(second), { now }),
      runReminders(servicesFor(first.db), { now }),
      runReminders(servicesFor(second), { now }),
    ]);
    // Prepare (to both), due today (daily), overdue (27 November, no tick).
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(4);
    expect(await subjectsTo(user.email)).toEqual([
      "Du mangler at følge op på en aftale",
      "I dag følger du op på din aftale",
      "Påmindelse: din dialog med din nærmeste leder 2. december 2026",
    ]);
    expect(await mailsTo(nearestLeader.email)).toHaveLength(1);
  });
});

describe("the reminders in the running server (SQLite)", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-reminders-server-"));
  const sqliteFile = path.join(dataDir, "lederdialog.sqlite");
  let database: TestDatabase;
  let app: AppProcess;
  let user: User;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite", { sqliteFile });
    const leader = await newLeader(database.db);
    user = leader.user;
    // Due from midnight today in Denmark, so the server's first run sends it.
    await addAgreement(database.db, leader.cycle, {
      followUpDate: localDateInDenmark(new Date()),
      followUpTime: "00:00",
    });
    app = await startApp({
      DATA_DIR: dataDir,
      SESSION_SECRET: SECRET,
      TEXT_ENCRYPTION_KEY: testTextKeyBase64,
      REMINDER_INTERVAL_SECONDS: "1",
    });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function unsubscribePath(kind: "followUpDue" | "dialoguePrepare" | "followUpOverdue"): string {
    return `/afmeld/${createUnsubscribeToken(SECRET, { userId: user.id, kind })}`;
  }

  it("sends a due reminder from the scheduler (to the outbox without SMTP)", async () => {
    const outbox = path.join(dataDir, "outbox");
    for (
      let attempt = 0;
      attempt < 100 && !(existsSync(outbox) && readdirSync(outbox).length > 0);
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const files = readdirSync(outbox);
    expect(files).toHaveLength(1);
    const mail = await parseMail(readFileSync(path.join(outbox, files[0] ?? ""), "latin1"));
    expect(mail.subject).toBe("I dag følger du op på din aftale");
    expect(listUnsubscribe(mail).post).toBe("List-Unsubscribe=One-Click");
  });

  it("shows which kind of mail will stop, with a button, and changes nothing on GET", async () => {
    const response = await fetch(`${app.baseUrl}${unsubscribePath("followUpDue")}`, {
      headers: { "Accept-Language": "da" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Afmeld påmindelser");
    expect(html).toContain("Påmindelser på den dag, du skal følge op på en aftale");
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(await findIsUnsubscribed(database.db, { userId: user.id, kind: "followUpDue" })).toBe(false);
  });

  it("unsubscribes on the one-click POST a mail provider sends: no cookie, no Origin", async () => {
    const response = await fetch(`${app.baseUrl}${unsubscribePath("followUpDue")}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await findIsUnsubscribed(database.db, { userId: user.id, kind: "followUpDue" })).toBe(true);
    expect(await findIsUnsubscribed(database.db, { userId: user.id, kind: "dialoguePrepare" })).toBe(false);
    // Opening the link again says it is done; posting again is harmless.
    const again = await fetch(`${app.baseUrl}${unsubscribePath("followUpDue")}`, {
      headers: { "Accept-Language": "da" },
    });
    expect(await again.text()).toContain("Du er afmeldt.");
  });

  it("unsubscribes from the page's own button, without JavaScript", async () => {
    const response = await fetch(`${app.baseUrl}${unsubscribePath("followUpOverdue")}`, {
      method: "POST",
      headers: {
        Origin: app.baseUrl,
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept-Language": "en",
      },
      body: "",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("You are unsubscribed.");
    expect(await findIsUnsubscribed(database.db, { userId: user.id, kind: "followUpOverdue" })).toBe(true);
  });

  it("refuses a browser POST from another site, like every other form", async () => {
    const response = await fetch(`${app.baseUrl}${unsubscribePath("dialoguePrepare")}`, {
      method: "POST",
      headers: { "Sec-Fetch-Site": "cross-site", "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(403);
    expect(await findIsUnsubscribed(database.db, { userId: user.id, kind: "dialoguePrepare" })).toBe(false);
  });

  it("answers a wrong or tampered link with a translated 404", async () => {
    const valid = unsubscribePath("dialoguePrepare");
    const tampered = valid.replace(".dialoguePrepare.", ".followUpDue.");
    for (const pathname of ["/afmeld/nonsense", tampered, `${valid}x`]) {
      const page = await fetch(`${app.baseUrl}${pathname}`, { headers: { "Accept-Language": "da" } });
      expect(page.status, pathname).toBe(404);
      expect(await page.text()).toContain("Siden findes ikke");
      const post = await fetch(`${app.baseUrl}${pathname}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(post.status, pathname).toBe(404);
    }
    expect(await findIsUnsubscribed(database.db, { userId: user.id, kind: "dialoguePrepare" })).toBe(false);
  });

  it("stops cleanly on SIGTERM with the scheduler running", async () => {
    expect(await app.stop()).toBe(0);
  });
});
