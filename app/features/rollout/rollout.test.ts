import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { inviteUnitLeaders } from "~/features/rollout/invite-unit-leaders.server";
import { listRollouts } from "~/features/rollout/list-rollouts.server";
import { claimQueuedRecipients } from "~/features/rollout/rollout-recipients.server";
import { sendQueuedRolloutMails } from "~/features/rollout/send-queued-rollout-mails.server";
import { createUser } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

const config = { publicUrl: new URL("http://localhost:3000") } as Config;
const log = pino({ level: "silent" });

describeEachDialect("roll-out: inviting a unit's leaders", (getDb, dialect) => {
  let counter = 0;
  const mailer = () =>
    createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
      from: "Lederdialog <x@y.dk>",
      outboxDir: "/nonexistent",
    });

  /**
   * A roll-out as HR confirms it: queued, then its request's sender mails it after the answer
   * (decision 052). What the two steps returned, without the roll-out's id.
   */
  async function rollOut(
    options: { organisationId: string; unitId: string; senderId: string },
    sendWith: Mailer = mailer(),
  ) {
    const queued = await inviteUnitLeaders(getDb(), options);
    if (!queued) return null;
    const { sent, failed } = await sendQueuedRolloutMails(
      { db: getDb(), mailer: sendWith, config, log },
      { rolloutId: queued.rolloutId },
    );
    return { queued: queued.queued, skipped: queued.skipped, sent, failed };
  }

  /** An organisation with units by path and people in them; addresses are unique to the test. */
  async function organisation() {
    const organisationId = newId();
    const prefix = `${dialect}-${++counter}-${Date.now()}`;
    await getDb()
      .insertInto("organisations")
      .values({ id: organisationId, name: "Udrul Kommune", slug: `udrul-${prefix}`, created_at: nowDbTime() })
      .execute();
    const unit = async (path: string, parentId: string | null) => {
      const id = newId();
      await getDb()
        .insertInto("units")
        .values({
          id,
          organisation_id: organisationId,
          parent_id: parentId,
          name: path.split(" / ").at(-1) as string,
          path,
          created_at: nowDbTime(),
        })
        .execute();
      return id;
    };
    const person = (
      email: string,
      unitId: string,
      roles: ("leader" | "hr")[],
      passwordHash: string | null = null,
    ) =>
      createUser(getDb(), {
        organisationId,
        email: `${prefix}-${email}`,
        name: email,
        passwordHash,
        unitId,
        roles,
      });
    const mailsTo = (email: string) =>
      inbox.messages.filter((mail) => mail.rcptTo.includes(`${prefix}-${email}`));
    const mailCount = () =>
      inbox.messages.filter((mail) => mail.rcptTo.some((to) => to.startsWith(`${prefix}-`))).length;
    return { organisationId, prefix, slug: `udrul-${prefix}`, unit, person, mailsTo, mailCount };
  }

  it("mails the active leaders of the unit and the units below it, each with their way in", async () => {
    const org = await organisation();
    const a = await org.unit("Social", null);
    const ab = await org.unit("Social / Ældre", a);
    const c = await org.unit("Kultur", null);
    await org.person("ny@k.dk", ab, ["leader"]);
    await org.person("kendt@k.dk", a, ["leader"], "hash");
    await org.person("kultur@k.dk", c, ["leader"]);
    const hr = await org.person("hr@k.dk", a, ["hr"]);
    const inactive = await org.person("stoppet@k.dk", a, ["leader"]);
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", inactive.id).execute();

    await getDb().updateTable("users").set({ name: "Hanne HR" }).where("id", "=", hr.id).execute();
    const sent = await rollOut({ organisationId: org.organisationId, unitId: a, senderId: hr.id });
    expect(sent).toEqual({ queued: 2, skipped: 0, sent: 2, failed: 0 });
    expect(org.mailCount()).toBe(2);
    const first = await parseMail(org.mailsTo("ny@k.dk")[0]?.raw ?? "");
    expect(first.subject).toBe("Invitation: Styrk lederens dialog med nærmeste leder");
    expect(first.text).toContain("Hanne HR inviterer dig");
    expect(first.text).toMatch(/http:\/\/localhost:3000\/nulstil-adgangskode\/[\w-]+/);
    expect(first.text).not.toContain("glemt-adgangskode");
    const known = await parseMail(org.mailsTo("kendt@k.dk")[0]?.raw ?? "");
    expect(known.text).toContain("http://localhost:3000/log-ind");
  });

  it("sends the leaders of an organisation with single sign-on to its sign-in, with or without a password", async () => {
    const org = await organisation();
    await getDb()
      .insertInto("sso_connections")
      .values({
        organisation_id: org.organisationId,
        protocol: "saml",
        oidc_issuer: null,
        oidc_client_id: null,
        oidc_client_secret: null,
        saml_entry_point: "https://idp.example/sso",
        saml_idp_issuer: null,
        saml_idp_certificate: "pem",
        updated_at: nowDbTime(),
      })
      .execute();
    const unitId = await org.unit("Sundhed", null);
    await org.person("ny@k.dk", unitId, ["leader"]);
    await org.person("kendt@k.dk", unitId, ["leader"], "hash");
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    await rollOut({ organisationId: org.organisationId, unitId, senderId: hr.id });
    for (const email of ["ny@k.dk", "kendt@k.dk"]) {
      const mail = await parseMail(org.mailsTo(email)[0]?.raw ?? "");
      expect(mail.text).toContain(
        `Log ind med din organisations log-ind her, og gå i gang:\nhttp://localhost:3000/sso/${org.slug}`,
      );
      expect(mail.text).not.toContain("glemt-adgangskode");
    }
  });

  it("finds the units below by the tree, not by text: a name with _ or another case is no wildcard", async () => {
    const org = await organisation();
    const odd = await org.unit("IT_drift", null);
    const lookalike = await org.unit("ITxdrift", null);
    await org.unit("it_drift", null);
    const below = await org.unit("ITxdrift / Support", lookalike);
    const hr = await org.person("hr@k.dk", odd, ["hr"]);
    await org.person("rigtig@k.dk", odd, ["leader"]);
    await org.person("forkert@k.dk", below, ["leader"]);
    const result = await rollOut({ organisationId: org.organisationId, unitId: odd, senderId: hr.id });
    expect(result).toEqual({ queued: 1, skipped: 0, sent: 1, failed: 0 });
    expect(org.mailsTo("forkert@k.dk")).toHaveLength(0);
  });

  it("does not mail a leader again in a later roll-out of the same or a parent unit, counts them, and records each roll-out", async () => {
    const org = await organisation();
    const social = await org.unit("Social", null);
    const elderly = await org.unit("Social / Ældre", social);
    const hr = await org.person("hr@k.dk", social, ["hr"]);
    await org.person("top@k.dk", social, ["leader"]);
    await org.person("aeldre@k.dk", elderly, ["leader"]);
    const rollOutUnit = (unitId: string) =>
      rollOut({ organisationId: org.organisationId, unitId, senderId: hr.id });

    expect(await rollOutUnit(elderly)).toEqual({ queued: 1, skipped: 0, sent: 1, failed: 0 });
    expect(await rollOutUnit(social)).toEqual({ queued: 1, skipped: 1, sent: 1, failed: 0 });
    expect(await rollOutUnit(social)).toEqual({ queued: 0, skipped: 2, sent: 0, failed: 0 });
    expect(org.mailsTo("top@k.dk")).toHaveLength(1);
    expect(org.mailsTo("aeldre@k.dk")).toHaveLength(1);

    const history = await listRollouts(getDb(), org.organisationId);
    expect(
      history
        .map(({ unitPath, senderName, mailed, skipped, failed }) => [
          unitPath,
          senderName,
          mailed,
          skipped,
          failed,
        ])
        .sort(),
    ).toEqual(
      [
        ["Social / Ældre", "hr@k.dk", 1, 0, 0],
        ["Social", "hr@k.dk", 0, 2, 0],
        ["Social", "hr@k.dk", 1, 1, 0],
      ].sort(),
    );
    const times = history.map((rollout) => rollout.sentAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(await listRollouts(getDb(), newId())).toEqual([]);
  });

  it("queues each leader once when three roll-outs are confirmed at the same moment, and two senders mail each once", async () => {
    const org = await organisation();
    const social = await org.unit("Social", null);
    const elderly = await org.unit("Social / Ældre", social);
    const hr = await org.person("hr@k.dk", social, ["hr"]);
    const other = await org.person("hr2@k.dk", social, ["hr"]);
    for (let i = 0; i < 6; i++)
      await org.person(`leder${i}@k.dk`, i % 2 === 0 ? social : elderly, ["leader"]);
    const queued = await Promise.all([
      inviteUnitLeaders(getDb(), { organisationId: org.organisationId, unitId: social, senderId: hr.id }),
      inviteUnitLeaders(getDb(), { organisationId: org.organisationId, unitId: social, senderId: other.id }),
      inviteUnitLeaders(getDb(), { organisationId: org.organisationId, unitId: elderly, senderId: hr.id }),
    ]);
    expect(queued.reduce((sum, result) => sum + (result?.queued ?? 0), 0)).toBe(6);
    expect(queued.reduce((sum, result) => sum + (result?.skipped ?? 0), 0)).toBe(6 + 3);

    // Two senders for each roll-out at once, in batches of two: each batch is claimed by one.
    const services = { db: getDb(), mailer: mailer(), config, log };
    const sends = await Promise.all(
      queued.flatMap((result) =>
        [1, 2].map(() => sendQueuedRolloutMails(services, { rolloutId: result?.rolloutId, batchSize: 2 })),
      ),
    );
    expect(sends.reduce((sum, result) => sum + result.sent, 0)).toBe(6);
    expect(org.mailCount()).toBe(6);
    for (let i = 0; i < 6; i++) expect(org.mailsTo(`leder${i}@k.dk`), `leder${i}`).toHaveLength(1);
    const recipients = await getDb()
      .selectFrom("rollout_recipients")
      .select("sent_at")
      .where("organisation_id", "=", org.organisationId)
      .execute();
    expect(recipients).toHaveLength(6);
    expect(recipients.every((recipient) => recipient.sent_at !== null)).toBe(true);
  });

  it("stops before the next mail when asked, puts the rest of its batch back, and the history counts exactly", async () => {
    const org = await organisation();
    const unitId = await org.unit("Stor enhed", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    for (let i = 0; i < 5; i++) await org.person(`leder${i}@k.dk`, unitId, ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: org.organisationId,
      unitId,
      senderId: hr.id,
    });
    expect(queued).toMatchObject({ queued: 5, skipped: 0 });
    const history = async () => (await listRollouts(getDb(), org.organisationId))[0];
    expect(await history()).toMatchObject({ mailed: 0, waiting: 5 });
    expect(org.mailCount()).toBe(0);

    // The process is stopping after two mails of a batch of five (issue 16's review: it stopped
    // only between batches, and the mails of a stopped batch were sent but never counted).
    const services = { db: getDb(), mailer: mailer(), config, log };
    const first = await sendQueuedRolloutMails(services, {
      rolloutId: queued?.rolloutId,
      batchSize: 5,
      shouldStop: () => org.mailCount() >= 2,
    });
    expect(first).toEqual({ sent: 2, failed: 0 });
    expect(org.mailCount()).toBe(2);
    expect(await history()).toMatchObject({ mailed: 2, waiting: 3 });
    // The three it did not mail are back in the queue, not held by its claim for 30 minutes.
    const unclaimed = await getDb()
      .selectFrom("rollout_recipients")
      .select("user_id")
      .where("rollout_id", "=", queued?.rolloutId ?? "")
      .whereRef("claim_id", "=", "rollout_id")
      .execute();
    expect(unclaimed).toHaveLength(3);

    expect(await sendQueuedRolloutMails(services, { rolloutId: queued?.rolloutId, batchSize: 2 })).toEqual({
      sent: 3,
      failed: 0,
    });
    expect(org.mailCount()).toBe(5);
    expect(await history()).toMatchObject({ mailed: 5, skipped: 0, failed: 0, waiting: 0 });
  });

  it("does not mail a leader deactivated while their batch is being sent", async () => {
    const org = await organisation();
    const unitId = await org.unit("Social", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    const first = await org.person("a-foerst@k.dk", unitId, ["leader"]);
    const second = await org.person("b-bagefter@k.dk", unitId, ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: org.organisationId,
      unitId,
      senderId: hr.id,
    });
    const real = mailer();
    // While the first mail goes, the administrator deactivates the other leader of the same batch.
    const deactivating: Mailer = {
      async send(message) {
        const other = message.to === first.email ? second : first;
        await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", other.id).execute();
        await real.send(message);
      },
    };
    expect(
      await sendQueuedRolloutMails(
        { db: getDb(), mailer: deactivating, config, log },
        { rolloutId: queued?.rolloutId, batchSize: 10 },
      ),
    ).toEqual({ sent: 1, failed: 1 });
    expect(org.mailCount()).toBe(1);
  });

  it("counts a queued leader who deletes their account neither as waiting nor as mailed", async () => {
    const org = await organisation();
    const unitId = await org.unit("Social", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    const leaving = await org.person("gaar@k.dk", unitId, ["leader"]);
    await org.person("bliver@k.dk", unitId, ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: org.organisationId,
      unitId,
      senderId: hr.id,
    });
    await getDb().deleteFrom("users").where("id", "=", leaving.id).execute();
    expect(
      await sendQueuedRolloutMails(
        { db: getDb(), mailer: mailer(), config, log },
        { rolloutId: queued?.rolloutId },
      ),
    ).toEqual({ sent: 1, failed: 0 });
    expect((await listRollouts(getDb(), org.organisationId))[0]).toMatchObject({
      mailed: 1,
      waiting: 0,
      failed: 0,
    });
    expect(org.mailsTo("gaar@k.dk")).toHaveLength(0);
  });

  it("leaves a roll-out's leaders to its own sender for a minute, then to any scheduler; a claim left half-way after 30 minutes", async () => {
    const org = await organisation();
    const unitId = await org.unit("Social", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    for (let i = 0; i < 3; i++) await org.person(`leder${i}@k.dk`, unitId, ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: org.organisationId,
      unitId,
      senderId: hr.id,
    });
    const rolloutId = queued?.rolloutId ?? "";
    const mine = (claimed: { recipients: { rolloutId: string }[] }) =>
      claimed.recipients.filter((recipient) => recipient.rolloutId === rolloutId).length;
    // Time passes for this roll-out's rows only: a scheduler's claim at a later "now" would take
    // what other test files queue at the same moment.
    const ageRows = (minutes: number) =>
      getDb()
        .updateTable("rollout_recipients")
        .set({ claimed_at: toDbTime(new Date(Date.now() - minutes * 60_000)) })
        .where("rollout_id", "=", rolloutId)
        .execute();

    // The request's own sender takes one and stops there (its process stopped half-way).
    expect(mine(await claimQueuedRecipients(getDb(), { limit: 1, rolloutId }))).toBe(1);
    // A scheduler now finds nothing of this roll-out: it is its request's sender's.
    expect(mine(await claimQueuedRecipients(getDb(), { limit: 1000 }))).toBe(0);
    // After a minute a scheduler takes the two that still wait, not the one claimed.
    await ageRows(2);
    expect(mine(await claimQueuedRecipients(getDb(), { limit: 1000 }))).toBe(2);
    expect(mine(await claimQueuedRecipients(getDb(), { limit: 1000 }))).toBe(0);
    // After 30 minutes every unsent claim is taken over.
    await ageRows(40);
    expect(mine(await claimQueuedRecipients(getDb(), { limit: 1000 }))).toBe(3);
    expect(org.mailCount()).toBe(0);
    // Nothing left in the queue for another file's scheduler to mail.
    await getDb().deleteFrom("rollout_recipients").where("rollout_id", "=", rolloutId).execute();
  });

  it("a scheduler's sender mails what a roll-out's request left waiting", async () => {
    const org = await organisation();
    const unitId = await org.unit("Social", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    for (let i = 0; i < 3; i++) await org.person(`leder${i}@k.dk`, unitId, ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: org.organisationId,
      unitId,
      senderId: hr.id,
    });
    // The request's process stopped before its sender began; two minutes later a scheduler runs.
    await getDb()
      .updateTable("rollout_recipients")
      .set({ claimed_at: toDbTime(new Date(Date.now() - 2 * 60_000)) })
      .where("rollout_id", "=", queued?.rolloutId ?? "")
      .execute();
    await sendQueuedRolloutMails({ db: getDb(), mailer: mailer(), config, log });
    for (let i = 0; i < 3; i++) expect(org.mailsTo(`leder${i}@k.dk`), `leder${i}`).toHaveLength(1);
    expect((await listRollouts(getDb(), org.organisationId))[0]).toMatchObject({ mailed: 3, waiting: 0 });
  });

  it("gives a failed send back, so that a later roll-out tries that leader again", async () => {
    const org = await organisation();
    const unitId = await org.unit("Social", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    await org.person("ok@k.dk", unitId, ["leader"]);
    await org.person("nede@k.dk", unitId, ["leader"]);
    const real = mailer();
    const flaky: Mailer = {
      async send(message) {
        if (message.to === `${org.prefix}-nede@k.dk`) throw new Error("mailbox unavailable");
        await real.send(message);
      },
    };
    const options = { organisationId: org.organisationId, unitId, senderId: hr.id };
    expect(await rollOut(options, flaky)).toEqual({ queued: 2, skipped: 0, sent: 1, failed: 1 });
    expect(await rollOut(options, real)).toEqual({ queued: 1, skipped: 1, sent: 1, failed: 0 });
    expect(org.mailsTo("nede@k.dk")).toHaveLength(1);
    expect(org.mailsTo("ok@k.dk")).toHaveLength(1);
    const history = await listRollouts(getDb(), org.organisationId);
    expect(history.map((rollout) => rollout.failed).sort()).toEqual([0, 1]);
    expect(history.map((rollout) => rollout.waiting)).toEqual([0, 0]);
  });

  it("does not mail a leader deactivated after the roll-out was queued", async () => {
    const org = await organisation();
    const unitId = await org.unit("Social", null);
    const hr = await org.person("hr@k.dk", unitId, ["hr"]);
    const leaving = await org.person("stopper@k.dk", unitId, ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), {
      organisationId: org.organisationId,
      unitId,
      senderId: hr.id,
    });
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", leaving.id).execute();
    expect(
      await sendQueuedRolloutMails(
        { db: getDb(), mailer: mailer(), config, log },
        { rolloutId: queued?.rolloutId },
      ),
    ).toEqual({ sent: 0, failed: 1 });
    expect(org.mailCount()).toBe(0);
  });

  it("answers null for a unit of another organisation, and records nothing", async () => {
    const mine = await organisation();
    const theirs = await organisation();
    const foreign = await theirs.unit("Deres", null);
    await theirs.person("leder@k.dk", foreign, ["leader"]);
    const hr = await mine.person("hr@k.dk", await mine.unit("Min", null), ["hr"]);
    expect(
      await rollOut({ organisationId: mine.organisationId, unitId: foreign, senderId: hr.id }),
    ).toBeNull();
    expect(theirs.mailCount()).toBe(0);
    expect(await listRollouts(getDb(), mine.organisationId)).toEqual([]);
  });
});
