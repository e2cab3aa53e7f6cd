import { Migrator, sql } from "kysely";
import { expect, it } from "vitest";
import { hashToken } from "~/.server/auth/tokens";
import { ensureActiveCycle } from "~/.server/cycles/cycles";
import { migrateToLatest } from "~/.server/db/migrate";
import { migrations } from "~/.server/db/migrations";
import { nowDbTime } from "~/.server/db/time";
import { createDialogueInvitation } from "~/.server/dialogues/dialogue-invitations";
import { ensureDefaultOrganisation } from "~/.server/organisations/ensure-default-organisation";
import { createUser } from "~/.server/users/users";
import { describeEachDialect } from "../support/test-database";

describeEachDialect("migrations and the default organisation", (getDb) => {
  it("are idempotent: a second migration run applies nothing", async () => {
    expect(await migrateToLatest(getDb())).toEqual([]);
  });

  it("creates the default organisation once, however often start-up asks", async () => {
    const [first, second] = await Promise.all([
      ensureDefaultOrganisation(getDb()),
      ensureDefaultOrganisation(getDb()),
    ]);
    expect(first.id).toBe(second.id);
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from organisations where slug = 'default'`.execute(getDb());
    expect(Number(rows.rows[0]?.n)).toBe(1);
  });
});

describeEachDialect("the address-verification migration (decision 022)", (getDb) => {
  it("counts an existing address as verified after a completed reset or an accepted invitation, no other", async () => {
    const db = getDb();
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateDown()).results?.[0]).toMatchObject({
      migrationName: "20261201T1710-email-verification",
      status: "Success",
    });
    const organisation = await ensureDefaultOrganisation(db);
    const person = (name: string) =>
      createUser(db, {
        organisationId: organisation.id,
        email: `${name}@migrering.dk`,
        name,
        passwordHash: null,
      });
    const [reset, invited, plain, unusedReset] = await Promise.all(
      ["nulstillet", "inviteret", "almindelig", "ubrugt"].map(person),
    );
    const at = nowDbTime();
    for (const [user, usedAt] of [
      [reset, at],
      [unusedReset, null],
    ] as const) {
      await db
        .insertInto("password_reset_tokens")
        .values({
          id: `${user?.id}-token`,
          user_id: user?.id as string,
          organisation_id: organisation.id,
          created_at: at,
          expires_at: at,
          used_at: usedAt,
        })
        .execute();
    }
    const leader = await person("leder");
    const { token } = await createDialogueInvitation(db, {
      cycle: await ensureActiveCycle(db, leader),
      email: invited?.email as string,
      startsOn: "2026-12-10",
      startsAt: "10:00",
      location: "Lokale",
    });
    await db
      .updateTable("invitations")
      .set({ used_at: at, used_by: invited?.id as string })
      .where("id", "=", hashToken(token))
      .execute();

    await migrateToLatest(db);
    const verified = await db
      .selectFrom("users")
      .select(["name", "email_verified_at"])
      .where("email", "like", "%@migrering.dk")
      .orderBy("name")
      .execute();
    expect(verified.map((row) => [row.name, row.email_verified_at !== null])).toEqual([
      ["almindelig", false],
      ["inviteret", true],
      ["leder", false],
      ["nulstillet", true],
      ["ubrugt", false],
    ]);
    expect(plain?.email_verified_at).toBeNull();
  });
});
