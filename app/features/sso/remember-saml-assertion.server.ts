import type { Executor } from "~/platform/db/database.server";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";

/**
 * Marks an assertion as used; false when it already was (a replay), on this process or another:
 * the unique key decides, in one statement. Expired marks are cleared on the way, since an expired
 * assertion is refused anyway.
 */
export async function rememberSamlAssertion(
  db: Executor,
  options: { organisationId: string; assertionId: string; usableUntil: Date },
): Promise<boolean> {
  await db.deleteFrom("sso_used_assertions").where("expires_at", "<", nowDbTime()).execute();
  const result = await db
    .insertInto("sso_used_assertions")
    .values({
      organisation_id: options.organisationId,
      assertion_id: options.assertionId,
      expires_at: toDbTime(options.usableUntil),
    })
    .onConflict((conflict) => conflict.columns(["organisation_id", "assertion_id"]).doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}
