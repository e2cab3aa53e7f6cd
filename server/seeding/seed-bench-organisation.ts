import { sql } from "kysely";
import { hashPassword } from "~/features/account/password.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Unit } from "~/platform/db/tables/units.table";
import type { NewUser } from "~/platform/db/tables/users.table";
import { toDbTime } from "~/platform/db/time.server";

/*
 * `npm run bench`'s organisation (issue 7): a municipality of `leaders` leaders in a unit tree of
 * forvaltninger → afdelinger → teams, 50 leaders per team under a team chief, each leader with a
 * cycle, step-1 notes, a kontrakt, two agreements and a held dialogue. Rows go in by the batch
 * through the app's own handle, so texts are sealed exactly as in use. One password for everyone.
 */

export const BENCH_PASSWORD = "bench-lederdialog";
export const BENCH_SLUG = "bench";
const LEADERS_PER_TEAM = 50;
const BATCH = 400;

export interface BenchAccounts {
  /** A leader with a cycle and texts: the step-1 page and the autosave. */
  leaderEmail: string;
  /** A team chief with 50 leaders: the leaders-of-leaders overview. */
  chiefEmail: string;
  /** HR: the figures over the whole organisation. */
  hrEmail: string;
  /** The administrator: the organisation's pages (people, units, roll-out, import). */
  adminEmail: string;
}

async function insertInBatches<
  Table extends "units" | "users" | "user_roles" | "cycles" | "cycle_texts" | "agreements" | "dialogues",
>(db: DB, table: Table, rows: Parameters<ReturnType<DB["insertInto"]>["values"]>[0][]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + BATCH) as never)
      .execute();
  }
}

export async function seedBenchOrganisation(db: DB, options: { leaders: number }): Promise<BenchAccounts> {
  const organisationId = newId();
  const now = new Date();
  const at = toDbTime(now);
  await db
    .insertInto("organisations")
    .values({ id: organisationId, name: "Bench Kommune", slug: BENCH_SLUG, created_at: at })
    .execute();
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const teamCount = Math.ceil(options.leaders / LEADERS_PER_TEAM);
  const units: Unit[] = [];
  const teams: string[] = [];
  const departmentsPer = 10;
  const teamsPerDepartment = 10;
  for (let f = 0; teams.length < teamCount; f++) {
    const forvaltning = {
      id: newId(),
      organisation_id: organisationId,
      parent_id: null,
      name: `Forvaltning ${f + 1}`,
      path: `Forvaltning ${f + 1}`,
      created_at: at,
    };
    units.push(forvaltning);
    for (let a = 0; a < departmentsPer && teams.length < teamCount; a++) {
      const name = `Afdeling ${a + 1}`;
      const afdeling = {
        id: newId(),
        organisation_id: organisationId,
        parent_id: forvaltning.id,
        name,
        path: `${forvaltning.path} / ${name}`,
        created_at: at,
      };
      units.push(afdeling);
      for (let t = 0; t < teamsPerDepartment && teams.length < teamCount; t++) {
        const teamName = `Team ${t + 1}`;
        const team = {
          id: newId(),
          organisation_id: organisationId,
          parent_id: afdeling.id,
          name: teamName,
          path: `${afdeling.path} / ${teamName}`,
          created_at: at,
        };
        units.push(team);
        teams.push(team.id);
      }
    }
  }
  await insertInBatches(db, "units", units);

  const person = (
    email: string,
    name: string,
    unitId: string | null,
    nearestLeaderId: string | null,
  ): NewUser => ({
    id: newId(),
    organisation_id: organisationId,
    email,
    name,
    password_hash: passwordHash,
    locale: "da",
    nearest_leader_id: nearestLeaderId,
    // Every bench leader has held a dialogue with their nearest leader (below).
    accepted_nearest_leader_id: nearestLeaderId,
    unit_id: unitId,
    is_active: 1,
    // Bench addresses receive no mail: they count as verified (decision 022).
    email_verified_at: at,
    created_at: at,
    updated_at: at,
  });
  const hr = person("hr@bench.lederdialog.dk", "Bench HR", null, null);
  const admin = person("admin@bench.lederdialog.dk", "Bench Administrator", null, null);
  const chiefs = teams.map((teamId, index) =>
    person(`chef${index + 1}@bench.lederdialog.dk`, `Chef ${index + 1}`, teamId, null),
  );
  const leaders = Array.from({ length: options.leaders }, (_, index) => {
    const team = Math.floor(index / LEADERS_PER_TEAM);
    return person(
      `leder${index + 1}@bench.lederdialog.dk`,
      `Leder ${index + 1}`,
      teams[team] ?? null,
      chiefs[team]?.id ?? null,
    );
  });
  const users = [hr, admin, ...chiefs, ...leaders];
  await insertInBatches(db, "users", users);
  await insertInBatches(db, "user_roles", [
    { organisation_id: organisationId, user_id: hr.id as string, role: "hr", created_at: at },
    { organisation_id: organisationId, user_id: admin.id as string, role: "admin", created_at: at },
    ...[...chiefs, ...leaders].map((user) => ({
      organisation_id: organisationId,
      user_id: user.id as string,
      role: "leader" as const,
      created_at: at,
    })),
  ]);

  const nearestLeaderOf = new Map(
    leaders.map((leader) => [leader.id as string, leader.nearest_leader_id ?? null]),
  );
  // Cycles started over the past year, so the figures have quarters to show.
  const cycles = leaders.map((leader, index) => {
    const created = toDbTime(new Date(now.getTime() - (index % 365) * 86_400_000));
    return {
      id: newId(),
      organisation_id: organisationId,
      user_id: leader.id as string,
      status: "active" as const,
      current_theme: "goals",
      created_at: created,
      updated_at: created,
      archived_at: null,
    };
  });
  for (let start = 0; start < cycles.length; start += BATCH * 5) {
    const slice = cycles.slice(start, start + BATCH * 5);
    await insertInBatches(db, "cycles", slice);
    await insertInBatches(
      db,
      "cycle_texts",
      slice.flatMap((cycle, index) =>
        [
          ["note:goals", "Mine mål for året: færre brandslukninger og mere tid til mine medarbejdere."],
          ["note:wellbeing", "Jeg trives, når jeg har overblik, og mistrives, når alt haster på én gang."],
          ["kontrakt:goals", "Jeg prioriterer tre mål og siger nej til resten."],
          ...(index % 2 === 0 ? [["kontrakt:wellbeing", "Jeg holder fri om aftenen."]] : []),
        ].map(([key, body]) => ({
          cycle_id: cycle.id,
          organisation_id: organisationId,
          text_key: key as string,
          body: body as string,
          revision: 1,
          updated_at: cycle.created_at,
        })),
      ),
    );
    await insertInBatches(
      db,
      "agreements",
      slice.flatMap((cycle, index) =>
        [0, 1].map((position) => ({
          id: newId(),
          organisation_id: organisationId,
          cycle_id: cycle.id,
          kind: position === 0 ? ("self" as const) : ("leader" as const),
          text:
            position === 0
              ? "Jeg blokerer en time om ugen til refleksion."
              : "Vi tager en kort opfølgning hver 14. dag.",
          position,
          follow_up_date: null,
          follow_up_time: null,
          recurrence: null,
          follow_up_how: "",
          status: (index + position) % 3 === 0 ? ("completed" as const) : ("active" as const),
          dialogue_id: null,
          created_at: cycle.created_at,
          updated_at: cycle.created_at,
        })),
      ),
    );
    await insertInBatches(
      db,
      "dialogues",
      slice.map((cycle) => {
        return {
          id: newId(),
          organisation_id: organisationId,
          cycle_id: cycle.id,
          leader_id: cycle.user_id,
          nearest_leader_id: nearestLeaderOf.get(cycle.user_id) ?? null,
          starts_on: "2026-10-01",
          starts_at: "10:00",
          duration_minutes: 45,
          location: "Mødelokale 1",
          status: "held" as const,
          series_id: null,
          rhythm: null,
          started_at: cycle.created_at,
          created_at: cycle.created_at,
          updated_at: cycle.created_at,
        };
      }),
    );
  }
  // Fresh planner statistics, as after any bulk load: without them PostgreSQL guessed a few hundred
  // cycles and hash-joined all 100,000 for one chief's overview. In use, autovacuum analyses a table
  // within a minute or so of a large change; the bench measures sooner than that.
  await sql`analyze`.execute(db);
  return {
    leaderEmail: leaders[0]?.email ?? "",
    chiefEmail: chiefs[0]?.email ?? "",
    hrEmail: hr.email,
    adminEmail: admin.email,
  };
}
