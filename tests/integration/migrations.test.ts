import { Migrator, sql } from "kysely";
import { expect, it } from "vitest";
import { hashToken } from "~/.server/auth/tokens";
import { ensureActiveCycle } from "~/.server/cycles/cycles";
import { newId } from "~/.server/db/ids";
import { migrateToLatest } from "~/.server/db/migrate";
import { migrations } from "~/.server/db/migrations";
import { nowDbTime } from "~/.server/db/time";
import { createDialogueInvitation } from "~/.server/dialogues/dialogue-invitations";
import { ensureDefaultOrganisation } from "~/.server/organisations/ensure-default-organisation";
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
    // Back to the schema just before it (every later migration's down runs too).
    const down = await migrator.migrateTo("20261201T1700-email-verified");
    expect(down.error).toBeUndefined();
    expect(down.results?.at(-1)).toMatchObject({
      migrationName: "20261201T1710-email-verification",
      status: "Success",
    });
    const organisation = await ensureDefaultOrganisation(db);
    // The users table as it was then: inserted by hand, since today's createUser knows later columns.
    const person = async (name: string) => {
      const user = {
        id: newId(),
        organisation_id: organisation.id,
        email: `${name}@migrering.dk`,
        name,
        password_hash: null,
        locale: null,
        nearest_leader_id: null,
        unit_id: null,
        is_active: 1,
        email_verified_at: null,
        created_at: nowDbTime(),
        updated_at: nowDbTime(),
      };
      await sql`insert into users (id, organisation_id, email, name, password_hash, locale, nearest_leader_id, unit_id, is_active, email_verified_at, created_at, updated_at) values (${user.id}, ${user.organisation_id}, ${user.email}, ${user.name}, ${user.password_hash}, ${user.locale}, ${user.nearest_leader_id}, ${user.unit_id}, ${user.is_active}, ${user.email_verified_at}, ${user.created_at}, ${user.updated_at})`.execute(
        db,
      );
      return user;
    };
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
