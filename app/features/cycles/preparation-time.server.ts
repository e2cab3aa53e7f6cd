import { sql } from "kysely";
import type { Executor } from "~/platform/db/database.server";

/** A client reports at most this much per save: a forgotten tab must not count as hours of work. */
export const MAX_SECONDS_PER_REPORT = 120;

export async function addPreparationTime(
  db: Executor,
  options: { cycleId: string; themeId: string; seconds: number },
): Promise<void> {
  const seconds = Math.max(0, Math.min(MAX_SECONDS_PER_REPORT, Math.round(options.seconds)));
  if (seconds === 0) return;
  await db
    .insertInto("preparation_time")
    .values({ cycle_id: options.cycleId, theme_id: options.themeId, seconds })
    .onConflict((oc) =>
      oc
        .columns(["cycle_id", "theme_id"])
        .doUpdateSet({ seconds: sql<number>`preparation_time.seconds + ${seconds}` }),
    )
    .execute();
}

export async function findPreparationTime(db: Executor, cycleId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("preparation_time")
    .select(["theme_id", "seconds"])
    .where("cycle_id", "=", cycleId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.theme_id, Number(row.seconds)]));
}
