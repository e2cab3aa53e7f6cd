import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/features/account/password.server";
import { createAgreement } from "~/features/agreements/agreements.server";
import { saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { acceptInvitation, createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { addUnit } from "~/features/organisation/add-unit.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { setSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { createUser } from "~/platform/auth/users.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import type { User } from "~/platform/db/tables/users.table";
import { localDateInDenmark } from "~/platform/time/local-date";
import { seedDemoFigures } from "../../server/seeding/seed-demo-figures";
import { AppClient, expectStatus } from "../support/app-client";
import { type AppProcess, startApp } from "../support/app-process";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../support/smtp-inbox";
import {
  createTestDatabase,
  postgresTestUrl,
  type TestDatabase,
  testTextKeyBase64,
} from "../support/test-database";
import { verifyAddress } from "../support/verify-address";

// Issue 16: scale-out proven, not assumed. Two real production processes (`npm start`) on one
// PostgreSQL database, as behind a load balancer: what one process does, the other must honour at once.

const SESSION_SECRET = "scale-out-test-session-secret-0123456789abcdef";
const PASSWORD = "to processer og én database";
/** Decision 027: five failures per account and window; the sixth attempt is refused unchecked. */
const ACCOUNT_LIMIT = 5;
const DUE_BEFORE_START = 40;
const SHARED_GOALS = "Mål som kun min nærmeste leder må se";
/** Enough that A's sender, and the schedulers of A and B, all have batches of 50 to take. */
const ROLLOUT_LEADERS = 160;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a condition that another process brings about; gives up (returns false) after `tries`. */
async function eventually(condition: () => Promise<boolean>, tries = 300): Promise<boolean> {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (await condition()) return true;
    await sleep(100);
  }
  return false;
}

if (!postgresTestUrl) {
  // Loudly: the scale-out proof needs a server database that two processes share.
  console.warn("scale-out.test.ts is skipped: set TEST_DATABASE_URL to run it on PostgreSQL");
}

describe.skipIf(!postgresTestUrl)("two app processes behind a load balancer, on one PostgreSQL", () => {
  let database: TestDatabase;
  let inbox: SmtpInbox;
  let a: AppProcess;
  let b: AppProcess;
  let counter = 0;

  async function person(options: {
    roles: ("leader" | "hr")[];
    name: string;
    canSignIn?: boolean;
  }): Promise<User> {
    const organisation = await ensureDefaultOrganisation(database.db);
    const user = await createUser(database.db, {
      organisationId: organisation.id,
      email: `skala-${++counter}@kommune.dk`,
      name: options.name,
      passwordHash: options.canSignIn === false ? null : await hashPassword(PASSWORD),
      roles: options.roles,
    });
    return verifyAddress(database.db, user);
  }

  /** A follow-up due from midnight today in Denmark: the first scheduler run of any process finds it. */
  async function dueReminder(cycle: Cycle) {
    await createAgreement(database.db, {
      cycle,
      fields: {
        kind: "self",
        text: "Pauser hver dag",
        followUpDate: localDateInDenmark(new Date()),
        followUpTime: "00:00",
        recurrence: null,
        followUpHow: "",
      },
    });
  }

  const dueSubject = "I dag følger du op på din aftale";
  async function dueMailsTo(email: string): Promise<number> {
    const mails = await Promise.all(
      inbox.messages.filter((mail) => mail.rcptTo.includes(email)).map((mail) => parseMail(mail.raw)),
    );
    return mails.filter((mail) => mail.subject === dueSubject).length;
  }

  let dueBeforeStart: User[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    inbox = await startSmtpInbox();
    // Reminders that are due before either process starts: both find them in their first run, and
    // enough of them that the two runs overlap while they send (a missing claim then mails twice).
    dueBeforeStart = [];
    for (let index = 0; index < DUE_BEFORE_START; index++) {
      const leader = await person({ roles: ["leader"], name: `Leder ${index}`, canSignIn: false });
      await dueReminder(await ensureActiveCycle(database.db, leader));
      dueBeforeStart.push(leader);
    }
    const env = {
      DATABASE_URL: database.location,
      SESSION_SECRET,
      TEXT_ENCRYPTION_KEY: testTextKeyBase64,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
      REMINDER_INTERVAL_SECONDS: "1",
    };
    [a, b] = await Promise.all([startApp(env), startApp(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await inbox?.close();
    await database?.destroy();
  });

  it("a session made on A works on B", async () => {
    const leader = await person({ roles: ["leader"], name: "Sanne Session" });
    const onA = await new AppClient(a.baseUrl).signIn(leader.email, PASSWORD);
    const onB = new AppClient(b.baseUrl, onA.cookie);
    const home = await expectStatus(await onB.get("/min-lederdialog"), 200, "the home page on B");
    expect(await home.text()).toContain("Sanne Session");
    // And signing out on B ends it on A.
    await expectStatus(await onB.post("/log-ud", {}), 302, "signing out on B");
    expect((await onA.get("/min-lederdialog")).status).toBe(302);
  });

  it("counts wrong passwords across both: alternating A and B reaches the limit at the same count", async () => {
    const leader = await person({ roles: ["leader"], name: "Tove Tæller" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt++) {
      const app = attempt % 2 === 0 ? a : b;
      const answer = await new AppClient(app.baseUrl).post("/log-ind", {
        email: leader.email,
        password: `gæt ${attempt}`,
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual(Array(ACCOUNT_LIMIT).fill(401));
    // The sixth attempt, on either process, is refused before the password is checked — even the right one.
    for (const app of [a, b]) {
      const refused = await new AppClient(app.baseUrl).post("/log-ind", {
        email: leader.email,
        password: PASSWORD,
      });
      expect(refused.status).toBe(429);
    }
  });

  it("mails each due reminder once, though both processes run the scheduler", async () => {
    // One more, due while both are running.
    const late = await person({ roles: ["leader"], name: "Lars Senere" });
    await dueReminder(await ensureActiveCycle(database.db, late));
    const everyone = [...dueBeforeStart, late];
    const allArrived = await eventually(async () => {
      for (const leader of everyone) if ((await dueMailsTo(leader.email)) === 0) return false;
      return true;
    });
    expect(allArrived).toBe(true);
    // A few more runs of both schedulers (one a second each) must not send any of them again.
    await sleep(3_000);
    for (const leader of everyone) expect(await dueMailsTo(leader.email)).toBe(1);
  }, 60_000);

  it("mails each leader of a roll-out once, though A's request and both schedulers send it (decision 052)", async () => {
    const organisation = await ensureDefaultOrganisation(database.db);
    const added = await addUnit(database.db, {
      organisationId: organisation.id,
      name: `Udrulning ${++counter}`,
      parentId: null,
    });
    if (!added.ok) throw new Error(added.error);
    const hr = await person({ roles: ["hr"], name: "Hanne Udruller" });
    const leaders: User[] = [];
    for (let index = 0; index < ROLLOUT_LEADERS; index++) {
      leaders.push(
        await createUser(database.db, {
          organisationId: organisation.id,
          email: `udrul-${counter}-${index}@kommune.dk`,
          name: `Udrullet ${index}`,
          passwordHash: null,
          roles: ["leader"],
          unitId: added.unitId,
        }),
      );
    }
    const client = await new AppClient(a.baseUrl).signIn(hr.email, PASSWORD);
    await expectStatus(
      await client.post("/udrul", { unitId: added.unitId, confirmed: "yes" }),
      302,
      "the confirmed roll-out on A",
    );
    // As if a minute had passed: both processes' schedulers (one run a second) join A's own sender.
    await database.db
      .updateTable("rollout_recipients")
      .set({ claimed_at: new Date(Date.now() - 2 * 60_000).toISOString() })
      .where("user_id", "in", (eb) => eb.selectFrom("users").select("id").where("unit_id", "=", added.unitId))
      .whereRef("claim_id", "=", "rollout_id")
      .execute();
    // These leaders have no cycle and nothing due: every mail to them is the roll-out's.
    const invitations = (email: string) =>
      inbox.messages.filter((mail) => mail.rcptTo.includes(email)).length;
    const allArrived = await eventually(async () => leaders.every((leader) => invitations(leader.email) > 0));
    expect(allArrived).toBe(true);
    await sleep(3_000);
    expect(leaders.filter((leader) => invitations(leader.email) !== 1).map((leader) => leader.email)).toEqual(
      [],
    );
  }, 60_000);

  it("refuses a share revoked on A at once on B", async () => {
    const leader = await person({ roles: ["leader"], name: "Dorte Deler" });
    const nearest = await person({ roles: ["leader"], name: "Niels Nærmeste" });
    const cycle = await ensureActiveCycle(database.db, leader);
    await saveCycleText(database.db, { cycle, key: "kontrakt:goals", body: SHARED_GOALS });
    await setSharedParts(database.db, { cycle, parts: ["goals"] });
    const { dialogue, token } = await createDialogueInvitation(database.db, {
      cycle,
      email: nearest.email,
      startsOn: "2027-01-12",
      startsAt: "10:00",
      location: "Mødelokale 2",
    });
    const accepted = await acceptInvitation(database.db, {
      token,
      userId: nearest.id,
      userEmail: nearest.email,
    });
    expect(accepted.ok).toBe(true);

    const leaderOnA = await new AppClient(a.baseUrl).signIn(leader.email, PASSWORD);
    const nearestOnB = await new AppClient(b.baseUrl).signIn(nearest.email, PASSWORD);
    const page = `/naermeste-leder/${dialogue.id}`;
    const before = await expectStatus(await nearestOnB.get(page), 200, "the nearest leader's page on B");
    expect(await before.text()).toContain(SHARED_GOALS);

    const revoked = await leaderOnA.post("/min-lederdialog/dialog/deling", {
      part: "goals",
      isShared: "false",
      cycleId: cycle.id,
    });
    expect(revoked.status).toBe(200);
    // The very next request on B, with no wait: nothing on B remembers what was shared.
    const after = await expectStatus(await nearestOnB.get(page), 200, "the nearest leader's page on B");
    expect(await after.text()).not.toContain(SHARED_GOALS);
  });

  it("gives the same figures on A and B, and both follow a change", async () => {
    const hr = await person({ roles: ["hr"], name: "Hanne HR" });
    const nearest = await person({ roles: ["leader"], name: "Chef" });
    await seedDemoFigures(database.db, { organisationId: hr.organisation_id, nearestLeaderId: nearest.id });
    const hrOnA = await new AppClient(a.baseUrl).signIn(hr.email, PASSWORD);
    const hrOnB = new AppClient(b.baseUrl, hrOnA.cookie);
    const csv = async (client: AppClient) =>
      (await expectStatus(await client.get("/tal.csv"), 200, "the figures CSV")).text();
    /** The CSV's first row: leaders who started a cycle (a number once the cells are large enough). */
    const started = async (client: AppClient) => {
      const rows: string[][] = parse(await csv(client), { delimiter: ";", bom: true });
      return Number(rows[1]?.[1]);
    };

    /** Five more leaders start a cycle (no unit: the same cell as the other tests' leaders). */
    const startFiveMore = async (round: number) => {
      for (let index = 0; index < 5; index++) {
        const leader = await person({
          roles: ["leader"],
          name: `Ny leder ${round}.${index}`,
          canSignIn: false,
        });
        await ensureActiveCycle(database.db, leader);
      }
    };
    /** What A and B both show, once they agree and keep agreeing over several refreshes. */
    const settled = async () => {
      let value = Number.NaN;
      let sameFor = 0;
      const isSettled = await eventually(async () => {
        const [onA, onB] = [await started(hrOnA), await started(hrOnB)];
        sameFor = onA === onB && onA === value ? sameFor + 1 : 0;
        value = onA === onB ? onA : Number.NaN;
        return sameFor >= 30; // the same on both for about three seconds: three refreshes or more
      });
      expect(isSettled).toBe(true);
      expect(await csv(hrOnB)).toBe(await csv(hrOnA));
      return value;
    };
    /** Both processes show `expected` — so both refreshed after the last change — and agree. */
    const bothShow = async (expected: number) => {
      const counted = await eventually(
        async () => (await started(hrOnA)) === expected && (await started(hrOnB)) === expected,
      );
      expect(counted).toBe(true);
      expect(await csv(hrOnB)).toBe(await csv(hrOnA));
    };

    // The figures after the seeding, once both processes have settled on them.
    const before = await settled();
    expect(Number.isFinite(before)).toBe(true);
    // Five leaders more: both follow the change, within the figures' freshness, and agree again.
    await startFiveMore(1);
    await bothShow(before + 5);
    await startFiveMore(2);
    await bothShow(before + 10);
  }, 120_000);
});
