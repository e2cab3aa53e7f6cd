import { expect, it } from "vitest";
import { createAgreement, setAgreementStatus } from "~/features/agreements/agreements.server";
import { saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { findSharedParts, setPartShared, setSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { loadSharedKontrakt } from "~/features/sharing/load-shared-kontrakt.server";
import { createUser } from "~/platform/auth/users.server";
import { describeEachDialect } from "../../../tests/support/test-database";

describeEachDialect("sharing the kontrakt with the nearest leader", (getDb) => {
  let counter = 0;
  async function leaderWithKontrakt() {
    const organisation = await ensureDefaultOrganisation(getDb());
    const user = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `deler-${++counter}@kommune.dk`,
      name: "Dorte Deler",
      passwordHash: null,
    });
    const cycle = await ensureActiveCycle(getDb(), user);
    await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: "Bedre kvalitet i kerneopgaven" });
    await saveCycleText(getDb(), { cycle, key: "kontrakt:wellbeing", body: "Min private trivsel" });
    await saveCycleText(getDb(), { cycle, key: "dialogue:point:1", body: "Prioritering" });
    await saveCycleText(getDb(), { cycle, key: "note:goals", body: "En privat note" });
    const fields = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };
    await createAgreement(getDb(), { cycle, fields: { ...fields, kind: "self", text: "Pauser hver dag" } });
    const dropped = await createAgreement(getDb(), {
      cycle,
      fields: { ...fields, kind: "self", text: "Droppet aftale" },
    });
    await setAgreementStatus(getDb(), dropped.id, "dropped");
    return { user, cycle };
  }

  it("shows nothing until the leader shares something", async () => {
    const { cycle } = await leaderWithKontrakt();
    expect(await loadSharedKontrakt(getDb(), { cycleId: cycle.id, locale: "da" })).toEqual({
      points: null,
      fields: [],
    });
  });

  it("shows exactly the shared parts, and never step-1 notes or unshared fields", async () => {
    const { cycle } = await leaderWithKontrakt();
    await setSharedParts(getDb(), { cycle, parts: ["goals", "points", "agreementsWithSelf"] });
    const view = await loadSharedKontrakt(getDb(), { cycleId: cycle.id, locale: "da" });
    expect(view.points).toEqual(["Prioritering"]);
    expect(view.fields.map((field) => field.id)).toEqual(["goals", "agreementsWithSelf"]);
    expect(view.fields[0]?.text).toBe("Bedre kvalitet i kerneopgaven");
    expect(view.fields[1]?.agreements?.map((a) => a.text)).toEqual(["Pauser hver dag"]);
    const everything = JSON.stringify(view);
    expect(everything).not.toContain("Min private trivsel");
    expect(everything).not.toContain("En privat note");
    expect(everything).not.toContain("Droppet aftale");
  });

  it("revokes at once: a part left out of the new choice is gone on the next read", async () => {
    const { cycle } = await leaderWithKontrakt();
    await setSharedParts(getDb(), { cycle, parts: ["goals", "wellbeing"] });
    await setSharedParts(getDb(), { cycle, parts: ["goals"] });
    expect(await findSharedParts(getDb(), cycle.id)).toEqual(["goals"]);
    const view = await loadSharedKontrakt(getDb(), { cycleId: cycle.id, locale: "da" });
    expect(JSON.stringify(view)).not.toContain("Min private trivsel");
    await setSharedParts(getDb(), { cycle, parts: [] });
    expect(await findSharedParts(getDb(), cycle.id)).toEqual([]);
  });

  it("keeps one leader's shares apart from another's", async () => {
    const first = await leaderWithKontrakt();
    const second = await leaderWithKontrakt();
    await setSharedParts(getDb(), { cycle: first.cycle, parts: ["wellbeing"] });
    expect(await findSharedParts(getDb(), second.cycle.id)).toEqual([]);
  });

  it("shares and revokes one part at a time, as the page's boxes do, and either twice is harmless", async () => {
    const { cycle } = await leaderWithKontrakt();
    await setSharedParts(getDb(), { cycle, parts: ["points"] });
    await setPartShared(getDb(), { cycle, part: "wellbeing", isShared: true });
    await setPartShared(getDb(), { cycle, part: "wellbeing", isShared: true });
    expect((await findSharedParts(getDb(), cycle.id)).sort()).toEqual(["points", "wellbeing"]);
    expect(JSON.stringify(await loadSharedKontrakt(getDb(), { cycleId: cycle.id, locale: "da" }))).toContain(
      "Min private trivsel",
    );
    await setPartShared(getDb(), { cycle, part: "wellbeing", isShared: false });
    await setPartShared(getDb(), { cycle, part: "wellbeing", isShared: false });
    expect(await findSharedParts(getDb(), cycle.id)).toEqual(["points"]);
    expect(
      JSON.stringify(await loadSharedKontrakt(getDb(), { cycleId: cycle.id, locale: "da" })),
    ).not.toContain("Min private trivsel");
  });
});
