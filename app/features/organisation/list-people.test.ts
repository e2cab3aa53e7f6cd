import { beforeAll, expect, it } from "vitest";
import { addUnit } from "~/features/organisation/add-unit.server";
import { listPeople, PEOPLE_PAGE_SIZE } from "~/features/organisation/list-people.server";
import { setPersonUnit } from "~/features/organisation/set-person-unit.server";
import { createUser } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 16: the administrator's list is read a page at a time and searched in the query, the same
// way on both engines — Danish letters in any case, and a search taken literally.

describeEachDialect("the administrator's list of people", (getDb) => {
  let organisationId: string;
  let otherOrganisationId: string;
  let homeCareId: string;

  const organisation = async (slug: string) => {
    const id = newId();
    await getDb()
      .insertInto("organisations")
      .values({ id, name: slug, slug, created_at: nowDbTime() })
      .execute();
    return id;
  };
  const person = (orgId: string, name: string, email: string) =>
    createUser(getDb(), { organisationId: orgId, email, name, passwordHash: null, roles: ["leader"] });

  beforeAll(async () => {
    organisationId = await organisation("liste");
    otherOrganisationId = await organisation("anden");
    const unit = await addUnit(getDb(), { organisationId, name: "Hjemmeplejen Øst", parentId: null });
    if (!unit.ok) throw new Error(unit.error);
    homeCareId = unit.unitId;
    const aase = await person(organisationId, "Åse Ærø-Øbro", "aase@liste.dk");
    await setPersonUnit(getDb(), { organisationId, userId: aase.id, unitId: homeCareId });
    await person(organisationId, "Percy 100%_sikker", "percy@liste.dk");
    for (let index = 0; index < PEOPLE_PAGE_SIZE + 5; index++) {
      await person(organisationId, `Leder ${String(index).padStart(3, "0")}`, `leder${index}@liste.dk`);
    }
    await person(otherOrganisationId, "Åse Andetsted", "aase@anden.dk");
  });

  it("gives a page at a time, with the total, in name order", async () => {
    const first = await listPeople(getDb(), organisationId);
    expect(first.total).toBe(PEOPLE_PAGE_SIZE + 7);
    expect(first.pageCount).toBe(2);
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.people[0]?.name).toBe("Leder 000");
    const second = await listPeople(getDb(), organisationId, { page: 2 });
    expect(second.people.map((p) => p.name)).toEqual([
      "Leder 050",
      "Leder 051",
      "Leder 052",
      "Leder 053",
      "Leder 054",
      "Percy 100%_sikker",
      "Åse Ærø-Øbro",
    ]);
    // A page past the end shows the last one; nonsense shows the first.
    expect((await listPeople(getDb(), organisationId, { page: 99 })).page).toBe(2);
    expect((await listPeople(getDb(), organisationId, { page: Number.NaN })).page).toBe(1);
  });

  it("finds Danish names in any case, by name, e-mail or unit, within the organisation", async () => {
    for (const search of ["ærø", "ÆRØ", "åse", "aase@", "hjemmeplejen øst", "HJEMMEPLEJEN"]) {
      const found = await listPeople(getDb(), organisationId, { search });
      expect(
        found.people.map((p) => p.name),
        search,
      ).toEqual(["Åse Ærø-Øbro"]);
    }
  });

  it("takes % and _ literally", async () => {
    expect(
      (await listPeople(getDb(), organisationId, { search: "100%_" })).people.map((p) => p.name),
    ).toEqual(["Percy 100%_sikker"]);
    expect((await listPeople(getDb(), organisationId, { search: "%" })).total).toBe(1);
    expect((await listPeople(getDb(), organisationId, { search: "_" })).total).toBe(1);
  });

  it("keeps one unit when asked", async () => {
    const inUnit = await listPeople(getDb(), organisationId, { unitId: homeCareId });
    expect(inUnit.people.map((p) => p.unitPath)).toEqual(["Hjemmeplejen Øst"]);
  });
});
