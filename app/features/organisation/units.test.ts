import { expect, it } from "vitest";
import { addUnit } from "~/features/organisation/add-unit.server";
import { deleteUnit } from "~/features/organisation/delete-unit.server";
import { listUnits } from "~/features/organisation/list-units.server";
import { setPersonUnit } from "~/features/organisation/set-person-unit.server";
import { updateUnit } from "~/features/organisation/update-unit.server";
import { createUser } from "~/platform/auth/users.server";
import { isForeignKeyViolation, isUniqueViolation } from "~/platform/db/constraint-violation.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { createOrganisation } from "../../../tests/support/factories";
import { describeEachDialect } from "../../../tests/support/test-database";

describeEachDialect("editing units by hand", (getDb, dialect) => {
  async function organisation() {
    const { id: organisationId, slug } = await createOrganisation(getDb(), {
      name: "Enhed Kommune",
      slugPrefix: `units-${dialect}`,
    });
    const add = async (name: string, parentId: string | null = null) => {
      const result = await addUnit(getDb(), { organisationId, name, parentId });
      if (!result.ok) throw new Error(`could not add ${name}: ${result.error}`);
      return result.unitId;
    };
    const paths = async () =>
      (
        await getDb()
          .selectFrom("units")
          .select("path")
          .where("organisation_id", "=", organisationId)
          .orderBy("path")
          .execute()
      ).map((unit) => unit.path);
    const person = (unitId: string) =>
      createUser(getDb(), {
        organisationId,
        email: `${slug}-${newId()}@kommune.dk`,
        name: "Person",
        passwordHash: null,
        unitId,
      });
    return { organisationId, slug, add, paths, person };
  }

  it("adds units at the top and under a parent, with their paths", async () => {
    const org = await organisation();
    const social = await org.add("Social og Sundhed");
    await org.add("Hjemmeplejen", social);
    expect(await org.paths()).toEqual(["Social og Sundhed", "Social og Sundhed / Hjemmeplejen"]);
  });

  it("renames a unit and rewrites the path of every unit below it, in one go", async () => {
    const org = await organisation();
    const social = await org.add("Social");
    const care = await org.add("Hjemmepleje", social);
    const north = await org.add("Nord", care);
    await org.add("Kultur");
    const placed = await org.person(north);
    expect(
      await updateUnit(getDb(), {
        organisationId: org.organisationId,
        unitId: social,
        name: "Social og Sundhed",
        parentId: null,
      }),
    ).toEqual({ ok: true });
    expect(await org.paths()).toEqual([
      "Kultur",
      "Social og Sundhed",
      "Social og Sundhed / Hjemmepleje",
      "Social og Sundhed / Hjemmepleje / Nord",
    ]);
    const person = await getDb()
      .selectFrom("users")
      .select("unit_id")
      .where("id", "=", placed.id)
      .executeTakeFirst();
    expect(person?.unit_id).toBe(north);
  });

  it("moves a unit with everything below it under another parent, and back to the top", async () => {
    const org = await organisation();
    const social = await org.add("Social");
    const care = await org.add("Hjemmepleje", social);
    await org.add("Nord", care);
    const culture = await org.add("Kultur");
    const target = { organisationId: org.organisationId, unitId: care };
    expect(await updateUnit(getDb(), { ...target, name: "Hjemmeplejen", parentId: culture })).toEqual({
      ok: true,
    });
    expect(await org.paths()).toEqual([
      "Kultur",
      "Kultur / Hjemmeplejen",
      "Kultur / Hjemmeplejen / Nord",
      "Social",
    ]);
    const moved = await getDb()
      .selectFrom("units")
      .select(["parent_id", "name"])
      .where("id", "=", care)
      .executeTakeFirst();
    expect(moved).toEqual({ parent_id: culture, name: "Hjemmeplejen" });

    expect(await updateUnit(getDb(), { ...target, name: "Hjemmeplejen", parentId: null })).toEqual({
      ok: true,
    });
    expect(await org.paths()).toEqual(["Hjemmeplejen", "Hjemmeplejen / Nord", "Kultur", "Social"]);
    const tree = await listUnits(getDb(), org.organisationId);
    expect(tree.map((unit) => `${unit.depth}:${unit.name}`)).toEqual([
      "0:Hjemmeplejen",
      "1:Nord",
      "0:Kultur",
      "0:Social",
    ]);
  });

  it("refuses to move a unit under itself or one of its own descendants, and changes nothing", async () => {
    const org = await organisation();
    const social = await org.add("Social");
    const care = await org.add("Hjemmepleje", social);
    const north = await org.add("Nord", care);
    const before = await org.paths();
    for (const parentId of [social, care, north]) {
      expect(
        await updateUnit(getDb(), {
          organisationId: org.organisationId,
          unitId: social,
          name: "Social",
          parentId,
        }),
      ).toEqual({ ok: false, error: "cycle" });
    }
    expect(await org.paths()).toEqual(before);
    const root = await getDb()
      .selectFrom("units")
      .select("parent_id")
      .where("id", "=", social)
      .executeTakeFirst();
    expect(root?.parent_id).toBeNull();
  });

  it("refuses a path another unit has: adding, renaming and moving, and changes nothing", async () => {
    const org = await organisation();
    const social = await org.add("Social");
    await org.add("Ældre", social);
    const culture = await org.add("Kultur");
    const elderly = await org.add("Ældre", culture);
    await org.add("Nord", elderly);
    const before = await org.paths();
    const options = { organisationId: org.organisationId };
    expect(await addUnit(getDb(), { ...options, name: "Ældre", parentId: social })).toEqual({
      ok: false,
      error: "pathTaken",
    });
    expect(
      await updateUnit(getDb(), { ...options, unitId: culture, name: "Social", parentId: null }),
    ).toEqual({
      ok: false,
      error: "pathTaken",
    });
    expect(
      await updateUnit(getDb(), { ...options, unitId: elderly, name: "Ældre", parentId: social }),
    ).toEqual({
      ok: false,
      error: "pathTaken",
    });
    expect(await org.paths()).toEqual(before);
    // The same name elsewhere in the tree is no clash.
    expect(await updateUnit(getDb(), { ...options, unitId: elderly, name: "Ældre", parentId: null })).toEqual(
      {
        ok: true,
      },
    );
  });

  it("gives two simultaneous adds of the same unit one unit and one clash", async () => {
    const org = await organisation();
    const results = await Promise.all(
      [1, 2].map(() => addUnit(getDb(), { organisationId: org.organisationId, name: "Ny", parentId: null })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "pathTaken" }]);
    expect(await org.paths()).toEqual(["Ny"]);
  });

  // Only where a second writer can interleave: SQLite in one process has one connection. Not a
  // skipped test on SQLite but no test there, so a run's "skipped" count stays a real warning.
  const itWhereWritersInterleave = dialect === "postgres" ? it : () => {};
  itWhereWritersInterleave(
    "answers a clash that slips past the check (a write that did not take the lock) with pathTaken, not an error",
    async () => {
      const org = await organisation();
      let raced: Promise<unknown> | undefined;
      await getDb()
        .transaction()
        .execute(async (tx) => {
          await tx
            .insertInto("units")
            .values({
              id: newId(),
              organisation_id: org.organisationId,
              parent_id: null,
              name: "Kapløb",
              path: "Kapløb",
              created_at: nowDbTime(),
            })
            .execute();
          // addUnit's check cannot see this uncommitted row; its insert waits on the unique index.
          raced = addUnit(getDb(), { organisationId: org.organisationId, name: "Kapløb", parentId: null });
          await new Promise((resolve) => setTimeout(resolve, 300));
        });
      expect(await raced).toEqual({ ok: false, error: "pathTaken" });
      expect(await org.paths()).toEqual(["Kapløb"]);
    },
  );

  it("recognises both engines' constraint errors", async () => {
    const org = await organisation();
    await org.add("Dublet");
    const duplicate = getDb()
      .insertInto("units")
      .values({
        id: newId(),
        organisation_id: org.organisationId,
        parent_id: null,
        name: "Dublet",
        path: "Dublet",
        created_at: nowDbTime(),
      })
      .execute();
    const unique = await duplicate.catch((error: unknown) => error);
    expect(isUniqueViolation(unique)).toBe(true);
    expect(isForeignKeyViolation(unique)).toBe(false);
    const dangling = await getDb()
      .updateTable("users")
      .set({ unit_id: newId() })
      .where("id", "=", (await org.person(await org.add("Tom"))).id)
      .execute()
      .catch((error: unknown) => error);
    expect(isForeignKeyViolation(dangling)).toBe(true);
    expect(isUniqueViolation(dangling)).toBe(false);
  });

  it("deletes an empty unit, but not one with people (active or not) or units below it", async () => {
    const org = await organisation();
    const social = await org.add("Social");
    const care = await org.add("Hjemmepleje", social);
    const empty = await org.add("Tom");
    const inactive = await org.person(care);
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", inactive.id).execute();
    const options = { organisationId: org.organisationId };
    expect(await deleteUnit(getDb(), { ...options, unitId: social })).toEqual({
      ok: false,
      error: "hasUnits",
    });
    expect(await deleteUnit(getDb(), { ...options, unitId: care })).toEqual({
      ok: false,
      error: "hasPeople",
    });
    expect(await deleteUnit(getDb(), { ...options, unitId: empty })).toEqual({ ok: true });
    expect(await deleteUnit(getDb(), { ...options, unitId: empty })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await org.paths()).toEqual(["Social", "Social / Hjemmepleje"]);
    const counts = await listUnits(getDb(), org.organisationId);
    expect(counts.map((unit) => [unit.name, unit.peopleCount, unit.childCount])).toEqual([
      ["Social", 0, 1],
      ["Hjemmepleje", 1, 0],
    ]);
  });

  it("deletes a unit that had a roll-out; the record keeps the unit's path", async () => {
    const org = await organisation();
    const unitId = await org.add("Udrullet");
    const sender = await org.person(await org.add("HR"));
    const rolloutId = newId();
    await getDb()
      .insertInto("rollouts")
      .values({
        id: rolloutId,
        organisation_id: org.organisationId,
        unit_id: unitId,
        unit_path: "Udrullet",
        sent_by: sender.id,
        sent_at: nowDbTime(),
        mailed_count: 0,
        skipped_count: 0,
        failed_count: 0,
      })
      .execute();
    expect(await deleteUnit(getDb(), { organisationId: org.organisationId, unitId })).toEqual({ ok: true });
    const record = await getDb()
      .selectFrom("rollouts")
      .select(["unit_id", "unit_path"])
      .where("id", "=", rolloutId)
      .executeTakeFirst();
    expect(record).toEqual({ unit_id: null, unit_path: "Udrullet" });
  });

  it("keeps to the admin's organisation: another's units are not found and cannot be a parent", async () => {
    const mine = await organisation();
    const theirs = await organisation();
    const own = await mine.add("Min enhed");
    const foreign = await theirs.add("Deres enhed");
    const options = { organisationId: mine.organisationId };
    expect(
      await updateUnit(getDb(), { ...options, unitId: foreign, name: "Overtaget", parentId: null }),
    ).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await deleteUnit(getDb(), { ...options, unitId: foreign })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await addUnit(getDb(), { ...options, name: "Snyd", parentId: foreign })).toEqual({
      ok: false,
      error: "parentNotFound",
    });
    expect(
      await updateUnit(getDb(), { ...options, unitId: own, name: "Min enhed", parentId: foreign }),
    ).toEqual({
      ok: false,
      error: "parentNotFound",
    });
    expect(await theirs.paths()).toEqual(["Deres enhed"]);
    expect(await mine.paths()).toEqual(["Min enhed"]);
    expect((await listUnits(getDb(), mine.organisationId)).map((unit) => unit.name)).toEqual(["Min enhed"]);
  });

  it("places a person in a unit of their own organisation only, or in none", async () => {
    const mine = await organisation();
    const theirs = await organisation();
    const own = await mine.add("Min enhed");
    const foreign = await theirs.add("Deres enhed");
    const person = await mine.person(own);
    const stranger = await theirs.person(foreign);
    const options = { organisationId: mine.organisationId };
    const unitOf = async (userId: string) =>
      (await getDb().selectFrom("users").select("unit_id").where("id", "=", userId).executeTakeFirst())
        ?.unit_id;
    expect(await setPersonUnit(getDb(), { ...options, userId: person.id, unitId: foreign })).toEqual({
      ok: false,
      error: "unitNotFound",
    });
    expect(await setPersonUnit(getDb(), { ...options, userId: stranger.id, unitId: own })).toEqual({
      ok: false,
      error: "personNotFound",
    });
    expect(await unitOf(stranger.id)).toBe(foreign);
    expect(await setPersonUnit(getDb(), { ...options, userId: person.id, unitId: null })).toEqual({
      ok: true,
    });
    expect(await unitOf(person.id)).toBeNull();
    expect(await setPersonUnit(getDb(), { ...options, userId: person.id, unitId: own })).toEqual({
      ok: true,
    });
    expect(await unitOf(person.id)).toBe(own);
  });
});
