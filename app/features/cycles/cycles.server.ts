import { sql } from "kysely";
import type { DB, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { nowDbTime } from "~/platform/db/time.server";

const CYCLE_COLUMNS = [
  "id",
  "organisation_id",
  "user_id",
  "status",
  "current_theme",
  "created_at",
  "updated_at",
  "archived_at",
] as const;

type Owner = { id: string; organisation_id: string };

export async function findActiveCycle(db: Executor, userId: string): Promise<Cycle | undefined> {
  return db
    .selectFrom("cycles")
    .select(CYCLE_COLUMNS)
    .where("user_id", "=", userId)
    .where("status", "=", "active")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
}

/**
 * The leader's current cycle, started on first use. Every query is by the signed-in user's id:
 * nobody can reach another person's cycle through this function.
 */
export async function ensureActiveCycle(db: Executor, owner: Owner): Promise<Cycle> {
  const existing = await findActiveCycle(db, owner.id);
  if (existing) return existing;
  const now = nowDbTime();
  const cycle: Cycle = {
    id: newId(),
    organisation_id: owner.organisation_id,
    user_id: owner.id,
    status: "active",
    current_theme: null,
    created_at: now,
    updated_at: now,
    archived_at: null,
  };
  // Two first requests at once (autosave and a page load) may both get here: the partial unique
  // index lets one insert win, and both then read that one.
  await db
    .insertInto("cycles")
    .values(cycle)
    .onConflict((oc) => oc.column("user_id").where("status", "=", sql.lit("active")).doNothing())
    .execute();
  const active = await findActiveCycle(db, owner.id);
  if (!active) throw new Error("no active cycle after starting one");
  return active;
}

/** A new cycle (every 6–12 months): the current one is archived and stays readable. */
export async function startNewCycle(database: DB, owner: Owner): Promise<void> {
  // Archived and replaced together: a person is never left without an active cycle.
  await database.transaction().execute(async (db) => {
    const now = nowDbTime();
    await db
      .updateTable("cycles")
      .set({ status: "archived", archived_at: now, updated_at: now })
      .where("user_id", "=", owner.id)
      .where("status", "=", "active")
      .execute();
    await ensureActiveCycle(db, owner);
  });
}

/** Any of the user's own cycles (for the archive); undefined for someone else's. */
export async function findOwnCycle(
  db: Executor,
  options: { cycleId: string; userId: string },
): Promise<Cycle | undefined> {
  return db
    .selectFrom("cycles")
    .select(CYCLE_COLUMNS)
    .where("id", "=", options.cycleId)
    .where("user_id", "=", options.userId)
    .executeTakeFirst();
}

export async function listArchivedCycles(db: Executor, userId: string): Promise<Cycle[]> {
  return db
    .selectFrom("cycles")
    .select(CYCLE_COLUMNS)
    .where("user_id", "=", userId)
    .where("status", "=", "archived")
    .orderBy("created_at", "desc")
    .execute();
}

export async function setCurrentTheme(db: Executor, cycleId: string, theme: string): Promise<void> {
  await db
    .updateTable("cycles")
    .set({ current_theme: theme, updated_at: nowDbTime() })
    .where("id", "=", cycleId)
    .execute();
}
