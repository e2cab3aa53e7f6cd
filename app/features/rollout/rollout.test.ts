import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { inviteUnitLeaders } from "~/features/rollout/invite-unit-leaders.server";
import { listRollouts } from "~/features/rollout/list-rollouts.server";
import { createUser } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
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

    const sent = await inviteUnitLeaders(
      { db: getDb(), mailer: mailer(), config, log },
      {
        organisationId: org.organisationId,
        unitId: a,
        sender: { id: hr.id, name: "Hanne HR", email: hr.email },
      },
    );
    expect(sent).toEqual({ sent: 2, skipped: 0, failed: 0 });
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
    await inviteUnitLeaders(
      { db: getDb(), mailer: mailer(), config, log },
      { organisationId: org.organisationId, unitId, sender: { id: hr.id, name: "HR", email: hr.email } },
    );
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
    const result = await inviteUnitLeaders(
      { db: getDb(), mailer: mailer(), config, log },
      { organisationId: org.organisationId, unitId: odd, sender: { id: hr.id, name: "HR", email: hr.email } },
    );
    expect(result).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(org.mailsTo("forkert@k.dk")).toHaveLength(0);
  });

  it("does not mail a leader again in a later roll-out of the same or a parent unit, counts them, and records each roll-out", async () => {
    const org = await organisation();
    const social = await org.unit("Social", null);
    const elderly = await org.unit("Social / Ældre", social);
    const hr = await org.person("hr@k.dk", social, ["hr"]);
    await org.person("top@k.dk", social, ["leader"]);
    await org.person("aeldre@k.dk", elderly, ["leader"]);
    const services = { db: getDb(), mailer: mailer(), config, log };
    const rollOut = (unitId: string) =>
      inviteUnitLeaders(services, {
        organisationId: org.organisationId,
        unitId,
        sender: { id: hr.id, name: "Hanne HR", email: hr.email },
      });

    expect(await rollOut(elderly)).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await rollOut(social)).toEqual({ sent: 1, skipped: 1, failed: 0 });
    expect(await rollOut(social)).toEqual({ sent: 0, skipped: 2, failed: 0 });
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

  it("mails each leader once when two roll-outs are sent at the same moment", async () => {
    const org = await organisation();
    const social = await org.unit("Social", null);
    const elderly = await org.unit("Social / Ældre", social);
    const hr = await org.person("hr@k.dk", social, ["hr"]);
    const other = await org.person("hr2@k.dk", social, ["hr"]);
    for (let i = 0; i < 6; i++)
      await org.person(`leder${i}@k.dk`, i % 2 === 0 ? social : elderly, ["leader"]);
    const services = { db: getDb(), mailer: mailer(), config, log };
    const results = await Promise.all([
      inviteUnitLeaders(services, {
        organisationId: org.organisationId,
        unitId: social,
        sender: { id: hr.id, name: "A", email: hr.email },
      }),
      inviteUnitLeaders(services, {
        organisationId: org.organisationId,
        unitId: social,
        sender: { id: other.id, name: "B", email: other.email },
      }),
      inviteUnitLeaders(services, {
        organisationId: org.organisationId,
        unitId: elderly,
        sender: { id: hr.id, name: "A", email: hr.email },
      }),
    ]);
    expect(results.reduce((sum, result) => sum + (result?.sent ?? 0), 0)).toBe(6);
    expect(results.reduce((sum, result) => sum + (result?.skipped ?? 0), 0)).toBe(6 + 3);
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
    const options = {
      organisationId: org.organisationId,
      unitId,
      sender: { id: hr.id, name: "HR", email: hr.email },
    };
    expect(await inviteUnitLeaders({ db: getDb(), mailer: flaky, config, log }, options)).toEqual({
      sent: 1,
      skipped: 0,
      failed: 1,
    });
    expect(await inviteUnitLeaders({ db: getDb(), mailer: real, config, log }, options)).toEqual({
      sent: 1,
      skipped: 1,
      failed: 0,
    });
    expect(org.mailsTo("nede@k.dk")).toHaveLength(1);
    expect(org.mailsTo("ok@k.dk")).toHaveLength(1);
    const history = await listRollouts(getDb(), org.organisationId);
    expect(history.map((rollout) => rollout.failed).sort()).toEqual([0, 1]);
  });

  it("answers null for a unit of another organisation, and records nothing", async () => {
    const mine = await organisation();
    const theirs = await organisation();
    const foreign = await theirs.unit("Deres", null);
    await theirs.person("leder@k.dk", foreign, ["leader"]);
    const hr = await mine.person("hr@k.dk", await mine.unit("Min", null), ["hr"]);
    expect(
      await inviteUnitLeaders(
        { db: getDb(), mailer: mailer(), config, log },
        {
          organisationId: mine.organisationId,
          unitId: foreign,
          sender: { id: hr.id, name: "HR", email: hr.email },
        },
      ),
    ).toBeNull();
    expect(theirs.mailCount()).toBe(0);
    expect(await listRollouts(getDb(), mine.organisationId)).toEqual([]);
  });
});
