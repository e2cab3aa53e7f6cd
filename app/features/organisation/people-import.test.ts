import { pino } from "pino";
import { expect, it } from "vitest";
import { checkPeopleImport, importPeople } from "~/features/organisation/import-people.server";
import { createUser, findUserByEmail, findUserRoles } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { describeEachDialect } from "../../../tests/support/test-database";

describeEachDialect("importing people from a CSV file", (getDb) => {
  // Mails about changed reporting lines are tested with a real inbox in reporting-line-changes.test.ts.
  const services = () => ({ db: getDb(), log: pino({ level: "silent" }), mailer: { send: async () => {} } });
  let counter = 0;
  async function organisationWithAdmin() {
    const id = newId();
    const slug = `org-${++counter}-${Date.now()}`;
    await getDb()
      .insertInto("organisations")
      .values({ id, name: "Test Kommune", slug, created_at: nowDbTime() })
      .execute();
    const admin = await createUser(getDb(), {
      organisationId: id,
      email: `admin-${slug}@kommune.dk`,
      name: "Admin",
      passwordHash: null,
      roles: ["admin"],
    });
    return { organisationId: id, admin, slug };
  }

  it("imports units, people, roles and reporting lines; a second import updates instead of duplicating", async () => {
    const { organisationId, admin, slug } = await organisationWithAdmin();
    const csv = [
      "Navn;E-mail;Enhed;Nærmeste leder;Roller",
      `Dorte Direktør;dorte-${slug}@kommune.dk;Social og Sundhed;;leder, topledelse`,
      `Søren Ærø;soren-${slug}@kommune.dk;Social og Sundhed / Hjemmeplejen;dorte-${slug}@kommune.dk;leder`,
      `Hanne HR;hanne-${slug}@kommune.dk;;;hr`,
      `Admin;${admin.email};;;`,
    ].join("\n");
    const check = await checkPeopleImport(getDb(), { organisationId, csv });
    expect(check).toMatchObject({ errors: [], newCount: 3, updateCount: 1 });
    expect(await importPeople(services(), { organisationId, csv, importedBy: admin.id })).toEqual({
      ok: true,
      created: 3,
      updated: 1,
      // Only people already there can change nearest leader: the new ones have no dialogue to lose.
      nearestLeaderChanges: 0,
    });
    const soren = await findUserByEmail(getDb(), `soren-${slug}@kommune.dk`);
    const dorte = await findUserByEmail(getDb(), `dorte-${slug}@kommune.dk`);
    expect(soren?.nearest_leader_id).toBe(dorte?.id);
    expect(soren?.password_hash).toBeNull();
    expect(await findUserRoles(getDb(), dorte?.id ?? "")).toEqual(
      expect.arrayContaining(["leader", "top_management"]),
    );
    // The importing administrator keeps their admin role although the file gives them none.
    expect(await findUserRoles(getDb(), admin.id)).toEqual(["admin"]);
    const units = await getDb()
      .selectFrom("units")
      .select(["path", "parent_id", "id"])
      .where("organisation_id", "=", organisationId)
      .orderBy("path")
      .execute();
    expect(units.map((unit) => unit.path)).toEqual(["Social og Sundhed", "Social og Sundhed / Hjemmeplejen"]);
    expect(units[1]?.parent_id).toBe(units[0]?.id);
    expect(soren?.unit_id).toBe(units[1]?.id);

    const again = await importPeople(services(), {
      organisationId,
      csv: csv.replace("Søren Ærø", "Søren Ærø Ågård"),
      importedBy: admin.id,
    });
    expect(again).toEqual({ ok: true, created: 0, updated: 4, nearestLeaderChanges: 0 });
    expect((await findUserByEmail(getDb(), `soren-${slug}@kommune.dk`))?.name).toBe("Søren Ærø Ågård");
  });

  it("imports nothing while any row has an error", async () => {
    const { organisationId, admin, slug } = await organisationWithAdmin();
    const csv = [
      "navn;email;nærmeste leder",
      `God;god-${slug}@kommune.dk;`,
      `Løkke;a-${slug}@kommune.dk;b-${slug}@kommune.dk`,
      `Løkke;b-${slug}@kommune.dk;a-${slug}@kommune.dk`,
    ].join("\n");
    const result = await importPeople(services(), { organisationId, csv, importedBy: admin.id });
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, kind: "reportingLoop", value: `b-${slug}@kommune.dk` },
        { line: 4, kind: "reportingLoop", value: `a-${slug}@kommune.dk` },
      ],
    });
    expect(await findUserByEmail(getDb(), `god-${slug}@kommune.dk`)).toBeUndefined();
  });

  it("refuses an address that belongs to another organisation", async () => {
    const first = await organisationWithAdmin();
    const second = await organisationWithAdmin();
    const csv = `navn;email\nAdmin;${first.admin.email}\n`;
    expect((await checkPeopleImport(getDb(), { organisationId: second.organisationId, csv })).errors).toEqual(
      [{ line: 2, kind: "emailInOtherOrganisation", value: first.admin.email }],
    );
  });
});
