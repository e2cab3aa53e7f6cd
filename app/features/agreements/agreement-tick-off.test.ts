import { expect, it } from "vitest";
import { action as agreementAction, loader as agreementLoader } from "~/features/agreements/agreement.route";
import { listAgreementChecks } from "~/features/agreements/agreement-checks.server";
import {
  type AgreementFields,
  createAgreement,
  findOwnAgreement,
  listAgreements,
  setAgreementStatus,
} from "~/features/agreements/agreements.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { loader as kontraktLoader } from "~/features/kontrakt/kontrakt.route";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createUser } from "~/platform/auth/users.server";
import { createMailer } from "~/platform/mail/mailer.server";
import { addDaysToLocalDate, localDateInDenmark } from "~/platform/time/local-date";
import { answerOf, formPost, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15, item 9: tick-off follows the agreement.
describeEachDialect("tick-off follows the agreement (issue 15, item 9)", (getDb, dialect) => {
  let counter = 0;
  const mailer = createMailer({
    publicUrl: new URL("http://localhost:3000"),
    smtpUrl: "",
    from: "test@lederdialog.test",
    outboxDir: "",
  });
  const today = localDateInDenmark();

  async function leaderWith(extra: Partial<AgreementFields> & { kind?: AgreementFields["kind"] } = {}) {
    const organisation = await ensureDefaultOrganisation(getDb());
    const user = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `tick-${dialect}-${++counter}@kommune.dk`,
      name: "Tove Tjek",
      passwordHash: null,
      roles: ["leader"],
    });
    const cycle = await ensureActiveCycle(getDb(), user);
    const agreement = await createAgreement(getDb(), {
      cycle,
      fields: {
        kind: "self",
        text: "Jeg lukker mailen kl. 16",
        followUpDate: null,
        followUpTime: null,
        recurrence: null,
        followUpHow: "",
        ...extra,
      },
    });
    const call = routeCall({ db: getDb(), mailer, user });
    return { user, cycle, agreement, call };
  }

  type Setup = Awaited<ReturnType<typeof leaderWith>>;
  const path = (setup: Setup) => `/min-lederdialog/aftaler/${setup.agreement.id}`;

  async function load(setup: Setup) {
    return agreementLoader({
      request: new Request(new URL(path(setup), ROUTE_CALL_URL)),
      params: { agreementId: setup.agreement.id },
      context: setup.call.context,
    } as never);
  }

  function post(setup: Setup, fields: Record<string, string>) {
    return answerOf(() =>
      agreementAction({
        request: formPost(path(setup), fields),
        params: { agreementId: setup.agreement.id },
        context: setup.call.context,
      } as never),
    );
  }

  const checks = (setup: Setup) =>
    listAgreementChecks(getDb(), { agreementIds: [setup.agreement.id], since: "2000-01-01" });

  it("a 14-day agreement asks about these 14 days, from its own dates, and records the answer there", async () => {
    const start = addDaysToLocalDate(today, -20);
    const setup = await leaderWith({ followUpDate: start, recurrence: "biweekly" });
    const data = (await load(setup)) as Record<string, unknown>;
    expect(data.tickOff).toEqual({
      kind: "periodic",
      period: "fortnight",
      current: addDaysToLocalDate(start, 14),
    });
    expect((data.history as unknown[]).length).toBe(2);
    expect((await post(setup, { intent: "check", kept: "yes" })).status).toBe(302);
    expect(await checks(setup)).toEqual([
      { agreementId: setup.agreement.id, date: addDaysToLocalDate(start, 14), isKept: true },
    ]);
  });

  it("a brand-new agreement counts one period, not fourteen; one that starts later is not asked yet", async () => {
    const fresh = await leaderWith({ followUpDate: today, recurrence: "weekly" });
    expect(((await load(fresh)) as { history: unknown[] }).history).toHaveLength(1);

    const later = await leaderWith({ followUpDate: addDaysToLocalDate(today, 3), recurrence: "daily" });
    const data = (await load(later)) as Record<string, unknown>;
    expect(data.history).toEqual([]);
    expect(data.tickOff).toMatchObject({ kind: "notStarted", period: "day" });
    expect((await post(later, { intent: "check", kept: "yes" })).status).toBe(409);
    expect(await checks(later)).toEqual([]);
  });

  it("a one-off or undated agreement asks 'Er den gjort?': yes completes it, nothing is ticked per week", async () => {
    const once = await leaderWith({ followUpDate: addDaysToLocalDate(today, -2) });
    expect(((await load(once)) as Record<string, unknown>).tickOff).toEqual({ kind: "once" });
    expect((await post(once, { intent: "check", kept: "yes" })).status).toBe(409);
    expect(await checks(once)).toEqual([]);
    expect((await post(once, { intent: "done" })).status).toBe(302);
    expect(
      (await findOwnAgreement(getDb(), { agreementId: once.agreement.id, userId: once.user.id }))?.status,
    ).toBe("completed");

    const undated = await leaderWith();
    expect(((await load(undated)) as Record<string, unknown>).tickOff).toEqual({ kind: "once" });
  });

  it("a dropped agreement is not asked, and is listed after the active ones", async () => {
    const setup = await leaderWith({ followUpDate: today, recurrence: "daily" });
    await createAgreement(getDb(), {
      cycle: setup.cycle,
      fields: { ...setup.agreement, text: "Pauser", kind: "self" },
    });
    await setAgreementStatus(getDb(), setup.agreement.id, "dropped");
    expect(((await load(setup)) as Record<string, unknown>).tickOff).toEqual({ kind: "closed" });
    expect((await post(setup, { intent: "check", kept: "yes" })).status).toBe(409);
    expect(await checks(setup)).toEqual([]);

    const page = (await kontraktLoader({
      request: new Request(new URL("/min-lederdialog/kontrakt", ROUTE_CALL_URL)),
      params: {},
      context: setup.call.context,
    } as never)) as { agreements: { text: string }[] };
    expect(page.agreements.map((a) => a.text)).toEqual(["Pauser", "Jeg lukker mailen kl. 16"]);
  });

  it("moves an agreement to the other list, at its end, and back", async () => {
    const setup = await leaderWith();
    await createAgreement(getDb(), {
      cycle: setup.cycle,
      fields: { ...setup.agreement, kind: "leader", text: "Ugentligt møde" },
    });
    const moved = await post(setup, { intent: "moveToList" });
    expect(moved).toMatchObject({ status: 302, location: "/min-lederdialog/kontrakt#aftaler-leader" });
    const listed = await listAgreements(getDb(), setup.cycle.id);
    expect(listed.map((a) => [a.kind, a.text, a.position])).toEqual([
      ["leader", "Ugentligt møde", 0],
      ["leader", "Jeg lukker mailen kl. 16", 1],
    ]);
    expect((await post(setup, { intent: "moveToList" })).location).toBe(
      "/min-lederdialog/kontrakt#aftaler-self",
    );
    expect(
      (await listAgreements(getDb(), setup.cycle.id)).find((a) => a.id === setup.agreement.id)?.kind,
    ).toBe("self");
  });

  it("refuses an intent it does not know, and a tick-off without an answer, with a 400", async () => {
    const setup = await leaderWith({ followUpDate: today, recurrence: "daily" });
    expect((await post(setup, { intent: "explode" })).status).toBe(400);
    expect((await post(setup, { intent: "check", kept: "maybe" })).status).toBe(400);
    expect(await checks(setup)).toEqual([]);
  });
});
