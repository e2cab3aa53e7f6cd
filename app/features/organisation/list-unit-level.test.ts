import { beforeAll, expect, it } from "vitest";
import { addUnit } from "~/features/organisation/add-unit.server";
import { findUnitByPath } from "~/features/organisation/find-unit-by-path.server";
import { findUnitWithContext } from "~/features/organisation/find-unit-with-context.server";
import { listUnitLevel, UNITS_PAGE_SIZE } from "~/features/organisation/list-unit-level.server";
import { setPersonUnit } from "~/features/organisation/set-person-unit.server";
import { createUser } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 16: the units page shows one level of the tree, or a search's finds, a page at a time.

describeEachDialect("the units, a level at a time", (getDb) => {
  let organisationId: string;
  let socialId: string;
  let homeCareId: string;

  const unit = async (name: string, parentId: string | null) => {
    const added = await addUnit(getDb(), { organisationId, name, parentId });
    if (!added.ok) throw new Error(added.error);
    return added.unitId;
  };

  beforeAll(async () => {
    organisationId = newId();
    await getDb()
      .insertInto("organisations")
      .values({ id: organisationId, name: "Træ", slug: "trae", created_at: nowDbTime() })
      .execute();
    socialId = await unit("Social og Sundhed", null);
    await unit("Børn og Unge", null);
    homeCareId = await unit("Hjemmeplejen", socialId);
    for (let index = 0; index < UNITS_PAGE_SIZE + 3; index++) {
      await unit(`Team ${String(index).padStart(2, "0")}`, homeCareId);
    }
    const person = await createUser(getDb(), {
      organisationId,
      email: "i-hjemmeplejen@trae.dk",
      name: "Hanne Hjem",
      passwordHash: null,
      roles: ["leader"],
    });
    await setPersonUnit(getDb(), { organisationId, userId: person.id, unitId: homeCareId });
  });

  it("shows the top level, then the units under one, with their counts", async () => {
    const top = await listUnitLevel(getDb(), organisationId, { parentId: null });
    expect(top.units.map((u) => [u.name, u.childCount, u.peopleCount])).toEqual([
      ["Børn og Unge", 0, 0],
      ["Social og Sundhed", 1, 0],
    ]);
    const social = await listUnitLevel(getDb(), organisationId, { parentId: socialId });
    expect(social.units.map((u) => [u.path, u.childCount, u.peopleCount])).toEqual([
      ["Social og Sundhed / Hjemmeplejen", UNITS_PAGE_SIZE + 3, 1],
    ]);
  });

  it("pages a long level", async () => {
    const first = await listUnitLevel(getDb(), organisationId, { parentId: homeCareId });
    expect(first.total).toBe(UNITS_PAGE_SIZE + 3);
    expect(first.units).toHaveLength(UNITS_PAGE_SIZE);
    const second = await listUnitLevel(getDb(), organisationId, { parentId: homeCareId, page: 2 });
    expect(second.units.map((u) => u.name)).toEqual([
      `Team ${UNITS_PAGE_SIZE}`,
      `Team ${UNITS_PAGE_SIZE + 1}`,
      `Team ${UNITS_PAGE_SIZE + 2}`,
    ]);
  });

  it("searches every level by path, in any case", async () => {
    const found = await listUnitLevel(getDb(), organisationId, {
      parentId: null,
      search: "HJEMMEPLEJEN / team 0",
    });
    expect(found.total).toBe(10);
    expect(found.units[0]?.path).toBe("Social og Sundhed / Hjemmeplejen / Team 00");
  });

  it("finds a unit's way up, and a unit by its path however it is spaced", async () => {
    const team = await findUnitByPath(getDb(), {
      organisationId,
      path: "Social og Sundhed/Hjemmeplejen / Team 07 ",
    });
    expect(team?.path).toBe("Social og Sundhed / Hjemmeplejen / Team 07");
    const context = await findUnitWithContext(getDb(), { organisationId, unitId: team?.id ?? "" });
    expect(context?.ancestors.map((a) => a.name)).toEqual(["Social og Sundhed", "Hjemmeplejen"]);
    expect(await findUnitByPath(getDb(), { organisationId, path: "Findes / ikke" })).toBeUndefined();
    expect(
      await findUnitByPath(getDb(), { organisationId: newId(), path: "Social og Sundhed" }),
    ).toBeUndefined();
  });
});
