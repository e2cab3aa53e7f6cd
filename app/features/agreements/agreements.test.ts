import { expect, it } from "vitest";
import type { Agreement } from "~/features/agreements/agreement";
import { listAgreementChecks, recordAgreementCheck } from "~/features/agreements/agreement-checks.server";
import {
  type AgreementFields,
  createAgreement,
  findOwnAgreement,
  listAgreements,
  moveAgreement,
  setAgreementStatus,
  updateAgreement,
} from "~/features/agreements/agreements.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createUser } from "~/platform/auth/users.server";
import type { AgreementKind } from "~/platform/db/column-values/agreement-types";
import { describeEachDialect } from "../../../tests/support/test-database";

describeEachDialect("agreements", (getDb) => {
  let userCounter = 0;
  async function newCycle() {
    const organisation = await ensureDefaultOrganisation(getDb());
    const user = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `agreement-user-${++userCounter}@kommune.dk`,
      name: "Aase Aftale",
      passwordHash: null,
      roles: ["leader"],
    });
    return { user, cycle: await ensureActiveCycle(getDb(), user) };
  }

  function fields(kind: AgreementKind, text: string, extra: Partial<AgreementFields> = {}): AgreementFields {
    return {
      kind,
      text,
      followUpDate: null,
      followUpTime: null,
      recurrence: null,
      followUpHow: "",
      ...extra,
    };
  }

  type CycleRef = Awaited<ReturnType<typeof newCycle>>["cycle"];

  async function add(cycle: CycleRef, kind: AgreementKind, text: string) {
    return createAgreement(getDb(), { cycle, fields: fields(kind, text) });
  }

  /** The texts of one kind in the order the leader sees them. */
  async function order(cycleId: string, kind: AgreementKind): Promise<string[]> {
    return (await listAgreements(getDb(), cycleId)).filter((a) => a.kind === kind).map((a) => a.text);
  }

  async function fresh(agreement: Agreement, userId: string): Promise<Agreement> {
    const found = await findOwnAgreement(getDb(), { agreementId: agreement.id, userId });
    if (!found) throw new Error("agreement vanished");
    return found;
  }

  it("numbers each list from 0, the two lists independently, and each cycle on its own", async () => {
    const { cycle } = await newCycle();
    const self0 = await add(cycle, "self", "Gå en tur hver dag");
    const leader0 = await add(cycle, "leader", "Månedligt møde");
    const self1 = await add(cycle, "self", "Luk mailen kl. 16");
    const self2 = await add(cycle, "self", "Planlæg fredag");
    const leader1 = await add(cycle, "leader", "Fælles prioritering");
    expect([self0, self1, self2].map((a) => a.position)).toEqual([0, 1, 2]);
    expect([leader0, leader1].map((a) => a.position)).toEqual([0, 1]);

    const { cycle: other } = await newCycle();
    expect((await add(other, "self", "Min første")).position).toBe(0);
  });

  it("stores what the leader wrote, active, in the cycle", async () => {
    const { cycle } = await newCycle();
    const created = await createAgreement(getDb(), {
      cycle,
      fields: fields("leader", "Opfølgning med Bente", {
        followUpDate: "2026-12-15",
        followUpTime: "08:30",
        recurrence: "monthly",
        followUpHow: "Punkt på dagsordenen",
      }),
    });
    const [listed] = await listAgreements(getDb(), cycle.id);
    expect(listed).toEqual(created);
    expect(listed).toMatchObject({
      cycleId: cycle.id,
      kind: "leader",
      text: "Opfølgning med Bente",
      position: 0,
      followUpDate: "2026-12-15",
      followUpTime: "08:30",
      recurrence: "monthly",
      followUpHow: "Punkt på dagsordenen",
      status: "active",
    });
  });

  it("lists a cycle's agreements grouped by list, in the leader's order, and only that cycle's", async () => {
    const { cycle } = await newCycle();
    const { cycle: other } = await newCycle();
    await add(cycle, "self", "S0");
    await add(cycle, "leader", "L0");
    await add(other, "self", "Andens aftale");
    await add(cycle, "self", "S1");
    await add(cycle, "leader", "L1");
    const listed = await listAgreements(getDb(), cycle.id);
    expect(listed.map((a) => `${a.kind}:${a.text}`)).toEqual([
      "leader:L0",
      "leader:L1",
      "self:S0",
      "self:S1",
    ]);
    expect(listed.every((a) => typeof a.position === "number")).toBe(true);
  });

  it("does not show one leader's agreement to another leader, even in the same organisation", async () => {
    const { user: owner, cycle } = await newCycle();
    const { user: stranger } = await newCycle();
    const agreement = await add(cycle, "self", "Privat aftale");

    expect(await findOwnAgreement(getDb(), { agreementId: agreement.id, userId: owner.id })).toEqual(
      agreement,
    );
    expect(
      await findOwnAgreement(getDb(), { agreementId: agreement.id, userId: stranger.id }),
    ).toBeUndefined();
    expect(
      await findOwnAgreement(getDb(), {
        agreementId: "00000000-0000-4000-8000-000000000000",
        userId: owner.id,
      }),
    ).toBeUndefined();
  });

  it("moves an agreement up or down one place by swapping with its neighbour", async () => {
    const { user, cycle } = await newCycle();
    const a = await add(cycle, "self", "A");
    const b = await add(cycle, "self", "B");
    const c = await add(cycle, "self", "C");
    await add(cycle, "leader", "L0");
    await add(cycle, "leader", "L1");

    await moveAgreement(getDb(), await fresh(b, user.id), "up");
    expect(await order(cycle.id, "self")).toEqual(["B", "A", "C"]);

    await moveAgreement(getDb(), await fresh(b, user.id), "down");
    await moveAgreement(getDb(), await fresh(b, user.id), "down");
    expect(await order(cycle.id, "self")).toEqual(["A", "C", "B"]);

    const positions = (await listAgreements(getDb(), cycle.id))
      .filter((x) => x.kind === "self")
      .map((x) => x.position);
    expect(positions).toEqual([0, 1, 2]);
    // The other list is untouched.
    expect(await order(cycle.id, "leader")).toEqual(["L0", "L1"]);
    expect((await fresh(a, user.id)).position).toBe(0);
    expect((await fresh(c, user.id)).position).toBe(1);
  });

  it("leaves the order as it is when the first moves up or the last moves down", async () => {
    const { user, cycle } = await newCycle();
    const first = await add(cycle, "leader", "Først");
    await add(cycle, "leader", "Midt");
    const last = await add(cycle, "leader", "Sidst");

    await moveAgreement(getDb(), await fresh(first, user.id), "up");
    await moveAgreement(getDb(), await fresh(last, user.id), "down");
    const listed = await listAgreements(getDb(), cycle.id);
    expect(listed.map((x) => [x.text, x.position])).toEqual([
      ["Først", 0],
      ["Midt", 1],
      ["Sidst", 2],
    ]);
    const lonely = await add((await newCycle()).cycle, "self", "Eneste");
    await moveAgreement(getDb(), lonely, "up");
    await moveAgreement(getDb(), lonely, "down");
    expect((await listAgreements(getDb(), lonely.cycleId)).map((x) => x.position)).toEqual([0]);
  });

  it("does not move an agreement past one in another leader's cycle", async () => {
    const { user, cycle } = await newCycle();
    const { cycle: other } = await newCycle();
    await add(other, "self", "Andens 0");
    await add(other, "self", "Andens 1");
    const mine = await add(cycle, "self", "Min");
    await moveAgreement(getDb(), await fresh(mine, user.id), "down");
    expect((await fresh(mine, user.id)).position).toBe(0);
    expect(await order(other.id, "self")).toEqual(["Andens 0", "Andens 1"]);
  });

  it("marks an agreement completed or dropped, and reopens it", async () => {
    const { user, cycle } = await newCycle();
    const agreement = await add(cycle, "self", "Aftale");
    const untouched = await add(cycle, "self", "Anden aftale");

    await setAgreementStatus(getDb(), agreement.id, "completed");
    expect((await fresh(agreement, user.id)).status).toBe("completed");
    await setAgreementStatus(getDb(), agreement.id, "dropped");
    expect((await fresh(agreement, user.id)).status).toBe("dropped");
    await setAgreementStatus(getDb(), agreement.id, "active");
    expect((await fresh(agreement, user.id)).status).toBe("active");
    expect((await fresh(untouched, user.id)).status).toBe("active");
  });

  it("changes an agreement's text and follow-up, but not its list, place or status", async () => {
    const { user, cycle } = await newCycle();
    await add(cycle, "leader", "Før");
    const agreement = await createAgreement(getDb(), {
      cycle,
      fields: fields("leader", "Gammel tekst", { followUpDate: "2026-12-01", recurrence: "weekly" }),
    });
    const neighbour = await add(cycle, "leader", "Efter");
    await setAgreementStatus(getDb(), agreement.id, "completed");

    await updateAgreement(getDb(), {
      agreementId: agreement.id,
      fields: {
        text: "Ny tekst",
        followUpDate: null,
        followUpTime: null,
        recurrence: null,
        followUpHow: "I kalenderen",
      },
    });
    const updated = await fresh(agreement, user.id);
    expect(updated).toMatchObject({
      kind: "leader",
      position: 1,
      status: "completed",
      text: "Ny tekst",
      followUpDate: null,
      followUpTime: null,
      recurrence: null,
      followUpHow: "I kalenderen",
      createdAt: agreement.createdAt,
    });
    expect(updated.updatedAt >= agreement.updatedAt).toBe(true);
    expect((await fresh(neighbour, user.id)).text).toBe("Efter");
  });

  it("keeps one answer per agreement and day: answering again the same day corrects it", async () => {
    const { cycle } = await newCycle();
    const agreement = await add(cycle, "self", "Gå en tur");
    await recordAgreementCheck(getDb(), { agreementId: agreement.id, date: "2026-11-23", isKept: true });
    await recordAgreementCheck(getDb(), { agreementId: agreement.id, date: "2026-11-23", isKept: false });
    expect(await listAgreementChecks(getDb(), { agreementIds: [agreement.id], since: "2026-01-01" })).toEqual(
      [{ agreementId: agreement.id, date: "2026-11-23", isKept: false }],
    );

    await recordAgreementCheck(getDb(), { agreementId: agreement.id, date: "2026-11-23", isKept: true });
    await recordAgreementCheck(getDb(), { agreementId: agreement.id, date: "2026-11-24", isKept: false });
    expect(await listAgreementChecks(getDb(), { agreementIds: [agreement.id], since: "2026-01-01" })).toEqual(
      [
        { agreementId: agreement.id, date: "2026-11-23", isKept: true },
        { agreementId: agreement.id, date: "2026-11-24", isKept: false },
      ],
    );
  });

  it("lists the answers from a date on (that date included), only for the agreements asked for", async () => {
    const { cycle } = await newCycle();
    const walk = await add(cycle, "self", "Gå en tur");
    const mail = await add(cycle, "self", "Luk mailen");
    const meeting = await add(cycle, "leader", "Møde");
    await recordAgreementCheck(getDb(), { agreementId: walk.id, date: "2026-11-20", isKept: true });
    await recordAgreementCheck(getDb(), { agreementId: walk.id, date: "2026-11-22", isKept: false });
    await recordAgreementCheck(getDb(), { agreementId: walk.id, date: "2026-11-21", isKept: true });
    await recordAgreementCheck(getDb(), { agreementId: mail.id, date: "2026-11-22", isKept: true });
    await recordAgreementCheck(getDb(), { agreementId: meeting.id, date: "2026-11-22", isKept: true });

    expect(await listAgreementChecks(getDb(), { agreementIds: [walk.id], since: "2026-11-21" })).toEqual([
      { agreementId: walk.id, date: "2026-11-21", isKept: true },
      { agreementId: walk.id, date: "2026-11-22", isKept: false },
    ]);

    const both = await listAgreementChecks(getDb(), {
      agreementIds: [walk.id, mail.id],
      since: "2026-11-22",
    });
    expect(both).toHaveLength(2);
    expect(both).toEqual(
      expect.arrayContaining([
        { agreementId: walk.id, date: "2026-11-22", isKept: false },
        { agreementId: mail.id, date: "2026-11-22", isKept: true },
      ]),
    );
    expect(await listAgreementChecks(getDb(), { agreementIds: [walk.id], since: "2026-11-23" })).toEqual([]);
    expect(await listAgreementChecks(getDb(), { agreementIds: [], since: "2000-01-01" })).toEqual([]);
  });
});
