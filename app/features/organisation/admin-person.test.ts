import { beforeAll, expect, it } from "vitest";
import { addUnit } from "~/features/organisation/add-unit.server";
import { action, loader } from "~/features/organisation/admin-person.route";
import { findPerson } from "~/features/organisation/find-person.server";
import { createUser } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import type { Mailer, MailMessage } from "~/platform/mail/mailer.server";
import { answerOf, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15, item 6: an administrator changes a person's roles, unit or nearest leader on a page of
// its own, with the import's own checks (a loop, someone outside the organisation) and its mails.

describeEachDialect("the administrator's page for one person", (getDb, dialect) => {
  const sent: MailMessage[] = [];
  const mailer: Mailer = { send: async (message) => void sent.push(message) };
  let organisationId: string;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let chief: Awaited<ReturnType<typeof createUser>>;
  let lone: Awaited<ReturnType<typeof createUser>>;
  let stranger: Awaited<ReturnType<typeof createUser>>;

  const person = (orgId: string, name: string, roles: ("leader" | "admin")[] = ["leader"]) =>
    createUser(getDb(), {
      organisationId: orgId,
      email: `${name.toLowerCase()}-${dialect}@person.dk`,
      name,
      passwordHash: null,
      roles,
    });

  const post = (userId: string, fields: [string, string][]) =>
    answerOf(() =>
      action({
        request: new Request(new URL(`/admin/personer/${userId}`, ROUTE_CALL_URL), {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ROUTE_CALL_URL },
          body: new URLSearchParams(fields).toString(),
        }),
        params: { userId },
        context: routeCall({ db: getDb(), mailer, user: admin, roles: ["admin"] }).context,
      } as never),
    );

  beforeAll(async () => {
    organisationId = newId();
    const otherOrganisationId = newId();
    for (const [id, slug] of [
      [organisationId, `person-${dialect}`],
      [otherOrganisationId, `anden-${dialect}`],
    ] as const) {
      await getDb()
        .insertInto("organisations")
        .values({ id, name: slug, slug, created_at: nowDbTime() })
        .execute();
    }
    admin = await person(organisationId, "Anders", ["admin"]);
    chief = await person(organisationId, "Chef");
    lone = await person(organisationId, "Lone");
    stranger = await person(otherOrganisationId, "Fremmed");
    const unit = await addUnit(getDb(), { organisationId, name: "Hjemmeplejen", parentId: null });
    if (!unit.ok) throw new Error(unit.error);
  });

  it("changes roles, unit and nearest leader, and mails those a new reporting line concerns", async () => {
    const answer = await post(lone.id, [
      ["name", "Lone Lund"],
      ["roles", "leader"],
      ["roles", "med"],
      ["unitPath", "hjemmeplejen"],
      ["nearestLeaderEmail", chief.email.toUpperCase()],
    ]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(302);
    expect(answer.location).toBe(`/admin?q=${encodeURIComponent(lone.email)}`);
    const saved = await findPerson(getDb(), { organisationId, userId: lone.id });
    expect(saved).toMatchObject({
      name: "Lone Lund",
      unitPath: "Hjemmeplejen",
      nearestLeaderEmail: chief.email,
    });
    expect([...(saved?.roles ?? [])].sort()).toEqual(["leader", "med"]);
    expect(sent.map((mail) => mail.to)).toEqual(expect.arrayContaining([lone.email, chief.email]));
  });

  it("refuses a reporting line that goes round, tied to the field, and changes nothing", async () => {
    const answer = await post(chief.id, [
      ["name", "Chef"],
      ["roles", "leader"],
      ["nearestLeaderEmail", lone.email],
    ]);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain("admin.person.error.reportingLoop");
    expect((await findPerson(getDb(), { organisationId, userId: chief.id }))?.nearestLeaderEmail).toBeNull();
  });

  it("refuses a nearest leader outside the organisation and a unit that does not exist", async () => {
    const outside = await post(lone.id, [
      ["name", "Lone Lund"],
      ["roles", "leader"],
      ["nearestLeaderEmail", stranger.email],
    ]);
    expect(outside.status).toBe(400);
    expect(JSON.stringify(outside.body)).toContain("admin.person.error.unknownNearestLeader");
    const noUnit = await post(lone.id, [
      ["name", "Lone Lund"],
      ["roles", "leader"],
      ["unitPath", "Findes ikke"],
    ]);
    expect(noUnit.status).toBe(400);
    expect(JSON.stringify(noUnit.body)).toContain("admin.units.error.parentNotFound");
    expect((await findPerson(getDb(), { organisationId, userId: lone.id }))?.unitPath).toBe("Hjemmeplejen");
  });

  it("keeps the administrator's own admin role when they edit themselves", async () => {
    expect(
      (
        await post(admin.id, [
          ["name", "Anders"],
          ["roles", "leader"],
        ])
      ).status,
    ).toBe(302);
    expect(
      [...((await findPerson(getDb(), { organisationId, userId: admin.id }))?.roles ?? [])].sort(),
    ).toEqual(["admin", "leader"]);
  });

  it("answers 404 for another organisation's person", async () => {
    const call = routeCall({ db: getDb(), mailer, user: admin, roles: ["admin"] });
    const page = await answerOf(() =>
      loader({
        request: new Request(new URL(`/admin/personer/${stranger.id}`, ROUTE_CALL_URL)),
        params: { userId: stranger.id },
        context: call.context,
      } as never),
    );
    expect(page.status).toBe(404);
    expect((await post(stranger.id, [["name", "Overtaget"]])).status).toBe(404);
  });
});
