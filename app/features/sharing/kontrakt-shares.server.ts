import { isSharedPart, type SharedPart } from "~/platform/db/column-values/sharing";
import type { DB, Executor } from "~/platform/db/database.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { nowDbTime } from "~/platform/db/time.server";

export async function findSharedParts(db: Executor, cycleId: string): Promise<SharedPart[]> {
  const rows = await db
    .selectFrom("kontrakt_shares")
    .select("part")
    .where("cycle_id", "=", cycleId)
    .execute();
  return rows.map((row) => row.part).filter(isSharedPart);
}

/**
 * Makes exactly these parts shared: parts left out are revoked at once (the nearest leader's next
 * request no longer sees them). One transaction, as it writes more than once.
 */
export async function setSharedParts(
  database: DB,
  options: { cycle: Pick<Cycle, "id" | "organisation_id">; parts: SharedPart[] },
): Promise<void> {
  await database.transaction().execute(async (db) => {
    const current = await findSharedParts(db, options.cycle.id);
    const revoked = current.filter((part) => !options.parts.includes(part));
    if (revoked.length > 0) {
      await db
        .deleteFrom("kontrakt_shares")
        .where("cycle_id", "=", options.cycle.id)
        .where("part", "in", revoked)
        .execute();
    }
    const now = nowDbTime();
    for (const part of options.parts.filter((item) => !current.includes(item))) {
      await db
        .insertInto("kontrakt_shares")
        .values({
          cycle_id: options.cycle.id,
          organisation_id: options.cycle.organisation_id,
          part,
          shared_at: now,
        })
        .onConflict((oc) => oc.columns(["cycle_id", "part"]).doNothing())
        .execute();
    }
  });
}

/**
 * Shares or revokes one part, as the sharing page's boxes do one at a time (issue 13): a revoked
 * part is gone on the nearest leader's next request. One statement, so no transaction is needed.
 */
export async function setPartShared(
  db: Executor,
  options: { cycle: Pick<Cycle, "id" | "organisation_id">; part: SharedPart; isShared: boolean },
): Promise<void> {
  if (!options.isShared) {
    await db
      .deleteFrom("kontrakt_shares")
      .where("cycle_id", "=", options.cycle.id)
      .where("part", "=", options.part)
      .execute();
    return;
  }
  await db
    .insertInto("kontrakt_shares")
    .values({
      cycle_id: options.cycle.id,
      organisation_id: options.cycle.organisation_id,
      part: options.part,
      shared_at: nowDbTime(),
    })
    .onConflict((oc) => oc.columns(["cycle_id", "part"]).doNothing())
    .execute();
}
