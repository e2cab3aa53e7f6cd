import { afterAll, beforeAll, expect, it } from "vitest";
import { action as agreementAction } from "~/features/agreements/agreement.route";
import { createAgreement, findOwnAgreement } from "~/features/agreements/agreements.server";
import { ensureActiveCycle, findActiveCycle, listArchivedCycles } from "~/features/cycles/cycles.server";
import { action as myDialogueAction } from "~/features/home/my-dialogue.route";
import { action as adminUnitAction } from "~/features/organisation/admin-unit.route";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { findUnitWithContext } from "~/features/organisation/find-unit-with-context.server";
import { action as rolloutAction } from "~/features/rollout/rollout.route";
import { createOrganisation, createPerson, inboxMailer } from "../support/factories";
import { answerOf, formPost, routeCall } from "../support/route-call";
import { type SmtpInbox, startSmtpInbox } from "../support/smtp-inbox";
import { describeEachDialect } from "../support/test-database";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

/** Issue 15, item 7: nothing irreversible happens on the first click; the second, confirmed post acts. */
describeEachDialect("irreversible actions ask first", (getDb, dialect) => {
  let counter = 0;
  const mailer = () => inboxMailer(inbox);

  async function leader(organisationId?: string, roles: ("leader" | "hr")[] = ["leader"], unitId?: string) {
    const organisation = organisationId ?? (await ensureDefaultOrganisation(getDb())).id;
    return createPerson(getDb(), { organisationId: organisation, name: `Leder ${++counter}`, roles, unitId });
  }

  it("a new cycle: the first post asks and archives nothing; the confirmed post archives", async () => {
    const user = await leader();
    const cycle = await ensureActiveCycle(getDb(), user);
    const call = () => routeCall({ db: getDb(), mailer: mailer(), user });

    const asked = await answerOf(() =>
      myDialogueAction({
        request: formPost("/min-lederdialog", { intent: "newCycle" }),
        context: call().context,
      } as never),
    );
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ confirmation: { key: "newCycle" } });
    expect((await findActiveCycle(getDb(), user.id))?.id).toBe(cycle.id);
    expect(await listArchivedCycles(getDb(), user.id)).toHaveLength(0);

    const done = await answerOf(() =>
      myDialogueAction({
        request: formPost("/min-lederdialog", { intent: "newCycle", confirmed: "yes" }),
        context: call().context,
      } as never),
    );
    expect(done.status).toBe(302);
    expect((await listArchivedCycles(getDb(), user.id)).map((archived) => archived.id)).toEqual([cycle.id]);
  });

  it("dropping an agreement: the first post asks and keeps it active; the confirmed post drops it", async () => {
    const user = await leader();
    const cycle = await ensureActiveCycle(getDb(), user);
    const agreement = await createAgreement(getDb(), {
      cycle,
      fields: {
        kind: "self",
        text: "Gå en tur hver dag",
        followUpDate: null,
        followUpTime: null,
        recurrence: null,
        followUpHow: "",
      },
    });
    const post = (fields: Record<string, string>) =>
      answerOf(() =>
        agreementAction({
          request: formPost(`/min-lederdialog/aftaler/${agreement.id}`, fields),
          params: { agreementId: agreement.id },
          context: routeCall({ db: getDb(), mailer: mailer(), user }).context,
        } as never),
      );
    const status = async () =>
      (await findOwnAgreement(getDb(), { agreementId: agreement.id, userId: user.id }))?.status;

    expect(await post({ intent: "drop" })).toMatchObject({
      status: 200,
      body: { confirmation: { key: "drop" } },
    });
    expect(await status()).toBe("active");
    expect((await post({ intent: "drop", confirmed: "yes" })).status).toBe(302);
    expect(await status()).toBe("dropped");
  });

  it("a roll-out: the first post lists who will be mailed and mails nobody; the confirmed post mails them", async () => {
    const organisation = await createOrganisation(getDb(), {
      name: "Bekræft Kommune",
      slugPrefix: `bekraeft-${dialect}`,
      units: ["Social"],
    });
    const organisationId = organisation.id;
    const unitId = organisation.units.Social ?? "";
    const hr = await leader(organisationId, ["hr"]);
    const leaders = [
      await leader(organisationId, ["leader"], unitId),
      await leader(organisationId, ["leader"], unitId),
    ];
    const mailsToLeaders = () =>
      inbox.messages.filter((mail) => leaders.some((person) => mail.rcptTo.includes(person.email))).length;
    const calls: ReturnType<typeof routeCall>[] = [];
    const post = (fields: Record<string, string>) =>
      answerOf(() => {
        const call = routeCall({ db: getDb(), mailer: mailer(), user: hr, roles: ["hr"] });
        calls.push(call);
        return rolloutAction({ request: formPost("/udrul", fields), context: call.context } as never);
      });

    const preview = await post({ unitId });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      confirmation: {
        key: "rollout",
        recipients: { names: leaders.map((person) => person.name).sort(), more: 0, total: 2 },
      },
    });
    expect(mailsToLeaders()).toBe(0);

    expect((await post({ unitId, confirmed: "yes" })).status).toBe(302);
    // Mailed after the answer (decision 052).
    for (const call of calls) await call.runDeferred();
    expect(mailsToLeaders()).toBe(2);
  });

  it("deleting a unit: the first post asks and keeps it; the confirmed post deletes it", async () => {
    const organisation = await createOrganisation(getDb(), {
      name: "Slet Kommune",
      slugPrefix: `slet-${dialect}`,
      units: ["Tom enhed"],
    });
    const admin = await createPerson(getDb(), {
      organisationId: organisation.id,
      name: "Admin",
      roles: ["admin"],
    });
    const unitId = organisation.units["Tom enhed"] ?? "";
    const unit = { organisationId: organisation.id, unitId };
    const post = (fields: Record<string, string>) =>
      answerOf(() =>
        adminUnitAction({
          request: formPost(`/admin/enheder/${unitId}`, fields),
          params: { unitId },
          context: routeCall({ db: getDb(), mailer: mailer(), user: admin, roles: ["admin"] }).context,
        } as never),
      );

    const asked = await post({ intent: "delete" });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ confirmation: { key: "deleteUnit" } });
    expect(await findUnitWithContext(getDb(), unit)).toBeDefined();

    expect((await post({ intent: "delete", confirmed: "yes" })).status).toBe(302);
    expect(await findUnitWithContext(getDb(), unit)).toBeUndefined();
  });
});
