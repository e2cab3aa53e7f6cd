import { beforeAll, expect, it } from "vitest";
import { checkPeopleImport } from "~/features/organisation/import-people.server";
import {
  dropPeopleUpload,
  findPeopleUpload,
  keepPeopleUpload,
  PEOPLE_UPLOAD_MINUTES,
} from "~/features/organisation/people-uploads.server";
import {
  IMPORT_PREVIEW_ROWS,
  previewPeopleImport,
} from "~/features/organisation/preview-people-import.server";
import { createUser } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 16: a checked people file waits on the server for its confirmation, not in a hidden field
// of the page. Only the administrator who uploaded it, in their organisation, can find it with the
// token; it is sealed at rest, spent when dropped and gone after an hour (decision 044).

describeEachDialect("a people file waiting for its import", (getDb) => {
  const csv = "Navn;E-mail\nSøren Ærø;soren@uploads.dk\n";
  let organisationId: string;
  let adminId: string;
  let otherAdminId: string;
  let foreignOrganisationId: string;
  let foreignAdminId: string;

  const organisation = async (slug: string) => {
    const id = newId();
    await getDb()
      .insertInto("organisations")
      .values({ id, name: slug, slug, created_at: nowDbTime() })
      .execute();
    return id;
  };
  const admin = async (orgId: string, email: string) =>
    (
      await createUser(getDb(), {
        organisationId: orgId,
        email,
        name: email,
        passwordHash: null,
        roles: ["admin"],
      })
    ).id;

  beforeAll(async () => {
    organisationId = await organisation("uploads");
    foreignOrganisationId = await organisation("uploads-andre");
    adminId = await admin(organisationId, "admin@uploads.dk");
    otherAdminId = await admin(organisationId, "admin2@uploads.dk");
    foreignAdminId = await admin(foreignOrganisationId, "admin@andre.dk");
  });

  it("is found only by its administrator, in their organisation, with its token", async () => {
    const token = await keepPeopleUpload(getDb(), { organisationId, userId: adminId, csv });
    expect(await findPeopleUpload(getDb(), { organisationId, userId: adminId, token })).toBe(csv);
    expect(await findPeopleUpload(getDb(), { organisationId, userId: otherAdminId, token })).toBeUndefined();
    expect(
      await findPeopleUpload(getDb(), {
        organisationId: foreignOrganisationId,
        userId: foreignAdminId,
        token,
      }),
    ).toBeUndefined();
    expect(
      await findPeopleUpload(getDb(), { organisationId, userId: adminId, token: `${token}x` }),
    ).toBeUndefined();
    expect(
      await findPeopleUpload(getDb(), { organisationId, userId: adminId, token: ["x"] }),
    ).toBeUndefined();
    // Stored sealed, and under the token's hash only.
    const stored = await getDb()
      .withoutPlugins()
      .selectFrom("people_uploads")
      .select(["id", "body"])
      .where("user_id", "=", adminId)
      .executeTakeFirstOrThrow();
    expect(stored.body.startsWith("ld1.")).toBe(true);
    expect(stored.body).not.toContain("Søren");
    expect(stored.id).not.toBe(token);
    await dropPeopleUpload(getDb(), { organisationId, userId: adminId, token });
    expect(await findPeopleUpload(getDb(), { organisationId, userId: adminId, token })).toBeUndefined();
  });

  it("is gone after an hour, and a new upload replaces the administrator's earlier one", async () => {
    const then = new Date("2026-12-01T10:00:00Z");
    const token = await keepPeopleUpload(getDb(), { organisationId, userId: adminId, csv, now: then });
    const later = (minutes: number) => new Date(then.getTime() + minutes * 60_000);
    expect(await findPeopleUpload(getDb(), { organisationId, userId: adminId, token, now: later(59) })).toBe(
      csv,
    );
    expect(
      await findPeopleUpload(getDb(), {
        organisationId,
        userId: adminId,
        token,
        now: later(PEOPLE_UPLOAD_MINUTES),
      }),
    ).toBeUndefined();
    const second = await keepPeopleUpload(getDb(), { organisationId, userId: adminId, csv, now: later(1) });
    expect(
      await findPeopleUpload(getDb(), { organisationId, userId: adminId, token, now: later(2) }),
    ).toBeUndefined();
    expect(
      await findPeopleUpload(getDb(), { organisationId, userId: adminId, token: second, now: later(2) }),
    ).toBe(csv);
    const rows = await getDb()
      .selectFrom("people_uploads")
      .select("id")
      .where("user_id", "=", adminId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("is previewed as counts per kind and a first page of the changes and of the errors", async () => {
    await createUser(getDb(), {
      organisationId,
      email: "same@uploads.dk",
      name: "Samme Person",
      passwordHash: null,
      roles: ["leader"],
    });
    await createUser(getDb(), {
      organisationId,
      email: "renamed@uploads.dk",
      name: "Gammelt Navn",
      passwordHash: null,
      roles: ["leader"],
    });
    const rows = [
      "Navn;E-mail;Roller",
      "Samme Person;same@uploads.dk;leder",
      "Nyt Navn;renamed@uploads.dk;leder",
      ...Array.from({ length: 120 }, (_, index) => `Ny ${index};ny${index}@uploads.dk;leder`),
    ];
    const clean = previewPeopleImport(
      await checkPeopleImport(getDb(), { organisationId, csv: rows.join("\n") }),
    );
    expect(clean.counts).toEqual({ new: 120, changed: 1, unchanged: 1, errors: 0 });
    expect(clean.total).toBe(122);
    expect(clean.changes).toHaveLength(IMPORT_PREVIEW_ROWS);
    expect(clean.changes[0]).toMatchObject({ email: "renamed@uploads.dk", kind: "changed" });
    expect(clean.changes[1]).toMatchObject({ email: "ny0@uploads.dk", kind: "new" });

    const wrong = [
      ...rows,
      ...Array.from({ length: 70 }, (_, index) => `Forkert ${index};forkert-${index};leder`),
    ];
    const withErrors = previewPeopleImport(
      await checkPeopleImport(getDb(), { organisationId, csv: wrong.join("\n") }),
    );
    expect(withErrors.counts).toEqual({ new: 120, changed: 1, unchanged: 1, errors: 70 });
    expect(withErrors.errors).toHaveLength(IMPORT_PREVIEW_ROWS);
  });
});
