import { expect, it } from "vitest";
import { ensureActiveCycle } from "~/.server/cycles/cycles";
import { newId } from "~/.server/db/ids";
import type { Unit } from "~/.server/db/tables/units.table";
import { nowDbTime } from "~/.server/db/time";
import { seedDemoFigures } from "~/.server/demo/seed-demo-figures";
import { figuresForRequest } from "~/.server/figures/figures-for-request";
import { createUser } from "~/.server/users/users";
import { describeEachDialect } from "../support/test-database";

describeEachDialect("anonymous figures from the database", (getDb) => {
  let counter = 0;
  async function organisation() {
    const id = newId();
    await getDb()
      .insertInto("organisations")
      .values({ id, name: "Tal Kommune", slug: `tal-${++counter}-${Date.now()}`, created_at: nowDbTime() })
      .execute();
    const nearest = await createUser(getDb(), {
      organisationId: id,
      email: `chef-${id}@kommune.dk`,
      name: "Chef",
      passwordHash: null,
    });
    return { id, nearest };
  }
  const url = (query = "") => new URL(`http://localhost/tal${query}`);

  it("counts what ten leaders did, and shows no name or text", async () => {
    const { id, nearest } = await organisation();
    // The demo's ten leaders use fixed addresses, so only the first organisation per engine gets them.
    await seedDemoFigures(getDb(), { organisationId: id, nearestLeaderId: nearest.id });
    const { figures, choices } = await figuresForRequest(getDb(), { organisationId: id, url: url() });
    expect(figures.started).toEqual({ value: 10 });
    expect(figures.counts).toEqual({
      finishedStep1: { value: 10 },
      wroteKontrakt: { value: 10 },
      heldDialogue: { value: 5 },
      heldFollowUp: { value: 0 },
    });
    expect(figures.keptShare).toEqual({ value: 0.5 });
    expect(JSON.stringify({ figures, choices })).not.toMatch(/Demoleder|Forberedt|Mål for året|Pauser/);

    // The unit, and an unknown unit id or a malformed quarter, only ever narrow to whole cells.
    const unit = choices.units[0];
    const inUnit = await figuresForRequest(getDb(), { organisationId: id, url: url(`?enhed=${unit?.id}`) });
    expect(inUnit.figures.started).toEqual({ value: 10 });
    const odd = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url("?enhed=x&fra=1999&til=<script>"),
    });
    expect(odd.figures.started).toEqual({ value: 10 });
    const leadersOfLeaders = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url("?rolle=ledere-af-ledere"),
    });
    expect(leadersOfLeaders.figures.started).toEqual({ isSuppressed: true });
  });

  it("a unit of four is suppressed", async () => {
    const { id, nearest } = await organisation();
    const unitId = newId();
    await getDb()
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: id,
        parent_id: null,
        name: "Lille",
        path: "Lille",
        created_at: nowDbTime(),
      })
      .execute();
    for (let index = 0; index < 4; index++) {
      const user = await createUser(getDb(), {
        organisationId: id,
        email: `lille-${index}-${id}@kommune.dk`,
        name: `Lille ${index}`,
        passwordHash: null,
        nearestLeaderId: nearest.id,
        unitId,
      });
      await ensureActiveCycle(getDb(), user);
    }
    const { figures } = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url(`?enhed=${unitId}`),
    });
    expect(figures.started).toEqual({ isSuppressed: true });
    expect(figures.leftOutCells).toBe(1);
  });

  it("in an organisation of many units, the filter offers the tree a level at a time", async () => {
    const { id } = await organisation();
    const at = nowDbTime();
    const units: Unit[] = [];
    for (const top of ["Børn", "Social", "Teknik"]) {
      const topId = newId();
      units.push({ id: topId, organisation_id: id, parent_id: null, name: top, path: top, created_at: at });
      for (let index = 1; index <= 70; index++)
        units.push({
          id: newId(),
          organisation_id: id,
          parent_id: topId,
          name: `Team ${index}`,
          path: `${top} / Team ${index}`,
          created_at: at,
        });
    }
    await getDb().insertInto("units").values(units).execute();

    const all = await figuresForRequest(getDb(), { organisationId: id, url: url() });
    expect(all.choices.unitsByLevel).toBe(true);
    expect(all.choices.units.map((unit) => unit.path)).toEqual(["Børn", "Social", "Teknik"]);

    const social = units.find((unit) => unit.path === "Social");
    const opened = await figuresForRequest(getDb(), { organisationId: id, url: url(`?enhed=${social?.id}`) });
    expect(opened.selected.unitId).toBe(social?.id);
    expect(opened.choices.units).toHaveLength(3 + 70);
    expect(opened.choices.units.every((unit) => !unit.path.startsWith("Børn /"))).toBe(true);
  });
});
