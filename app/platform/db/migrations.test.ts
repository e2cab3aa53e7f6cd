import { Migrator, sql } from "kysely";
import { expect, it } from "vitest";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { migrateToLatest } from "~/platform/db/migrate.server";
import { migrations } from "~/platform/db/migrations";
import { nowDbTime } from "~/platform/db/time.server";
import { describeEachDialect } from "../../../tests/support/test-database";

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
    // The dialogue and its used invitation as the tables were then, by hand like the users.
    const cycle = await ensureActiveCycle(db, leader);
    const dialogueId = newId();
    await insertDialogueAsBefore(db, {
      id: dialogueId,
      organisationId: organisation.id,
      cycleId: cycle.id,
      leaderId: leader.id,
      seriesId: null,
    });
    await db
      .insertInto("invitations")
      .values({
        id: hashToken(newSecretToken()),
        organisation_id: organisation.id,
        dialogue_id: dialogueId,
        email: invited?.email as string,
        created_at: at,
        expires_at: at,
        used_at: at,
        used_by: invited?.id as string,
      })
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

/** A dialogue row with the columns the table had before the calendar-lifecycle migration. */
async function insertDialogueAsBefore(
  db: DB,
  row: {
    id: string;
    organisationId: string;
    cycleId: string;
    leaderId: string;
    seriesId: string | null;
    startsOn?: string;
  },
): Promise<void> {
  const now = nowDbTime();
  await sql`insert into dialogues (id, organisation_id, cycle_id, leader_id, nearest_leader_id, starts_on, starts_at, duration_minutes, location, status, series_id, rhythm, started_at, created_at, updated_at) values (${row.id}, ${row.organisationId}, ${row.cycleId}, ${row.leaderId}, ${null}, ${row.startsOn ?? "2026-12-10"}, ${"10:00"}, ${45}, ${"Lokale"}, ${"invited"}, ${row.seriesId}, ${row.seriesId ? "biweekly" : null}, ${null}, ${now}, ${now})`.execute(
    db,
  );
}

describeEachDialect("the calendar-lifecycle migration (decision 032)", (getDb) => {
  it("keeps the UIDs the files had: the dialogue's id, or its series id; and each follow-up's place in its rule", async () => {
    const db = getDb();
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("20261201T1820-credentials-changed")).error).toBeUndefined();
    const organisation = await ensureDefaultOrganisation(db);
    const leaderId = newId();
    await sql`insert into users (id, organisation_id, email, name, password_hash, locale, nearest_leader_id, unit_id, is_active, email_verified_at, created_at, updated_at) values (${leaderId}, ${organisation.id}, ${`${leaderId}@kalender.dk`}, ${"Leder"}, ${null}, ${null}, ${null}, ${null}, ${1}, ${null}, ${nowDbTime()}, ${nowDbTime()})`.execute(
      db,
    );
    const cycle = await ensureActiveCycle(db, { id: leaderId, organisation_id: organisation.id });
    const [single, followUp, seriesId] = [newId(), newId(), newId()];
    await insertDialogueAsBefore(db, {
      id: single,
      organisationId: organisation.id,
      cycleId: cycle.id,
      leaderId,
      seriesId: null,
    });
    await insertDialogueAsBefore(db, {
      id: followUp,
      organisationId: organisation.id,
      cycleId: cycle.id,
      leaderId,
      seriesId,
      startsOn: "2026-12-24",
    });
    await migrateToLatest(db);
    const rows = await db
      .selectFrom("dialogues")
      .select(["id", "calendar_uid", "calendar_sequence", "occurrence_on", "occurrence_at"])
      .where("id", "in", [single, followUp])
      .execute();
    expect(
      rows
        .map((row) => ({ ...row, calendar_sequence: Number(row.calendar_sequence) }))
        .sort((a, b) => (a.id === single ? -1 : b.id === single ? 1 : 0)),
    ).toEqual([
      { id: single, calendar_uid: single, calendar_sequence: 0, occurrence_on: null, occurrence_at: null },
      {
        id: followUp,
        calendar_uid: seriesId,
        calendar_sequence: 0,
        occurrence_on: "2026-12-24",
        occurrence_at: "10:00",
      },
    ]);
  });
});
