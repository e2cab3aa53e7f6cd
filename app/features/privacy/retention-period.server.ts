import type { Executor } from "~/platform/db/database.server";

/**
 * How many months an organisation keeps archived cycles before the scheduler deletes them
 * (delete-expired-cycles.server.ts); null keeps them until the person deletes them (decision 019).
 */
export async function findRetentionMonths(db: Executor, organisationId: string): Promise<number | null> {
  const organisation = await db
    .selectFrom("organisations")
    .select("retention_months")
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return organisation.retention_months;
}

export async function saveRetentionMonths(
  db: Executor,
  organisationId: string,
  retentionMonths: number | null,
): Promise<void> {
  await db
    .updateTable("organisations")
    .set({ retention_months: retentionMonths })
    .where("id", "=", organisationId)
    .execute();
}
