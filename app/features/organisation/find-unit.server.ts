import type { Executor } from "~/platform/db/database.server";

/** One unit of the organisation by id, or undefined (also for another organisation's unit). */
export async function findUnit(
  db: Executor,
  options: { organisationId: string; unitId: string },
): Promise<{ id: string; path: string } | undefined> {
  return db
    .selectFrom("units")
    .select(["id", "path"])
    .where("id", "=", options.unitId)
    .where("organisation_id", "=", options.organisationId)
    .executeTakeFirst();
}
