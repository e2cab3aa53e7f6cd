import type { Executor } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";

export interface AgreementCheck {
  agreementId: string;
  date: string;
  isKept: boolean;
}

/** Records (or corrects) the answer to "did I keep it?" for one day or week. */
export async function recordAgreementCheck(db: Executor, check: AgreementCheck): Promise<void> {
  await db
    .insertInto("agreement_checks")
    .values({
      agreement_id: check.agreementId,
      check_date: check.date,
      is_kept: check.isKept ? 1 : 0,
      created_at: nowDbTime(),
    })
    .onConflict((oc) =>
      oc.columns(["agreement_id", "check_date"]).doUpdateSet({ is_kept: check.isKept ? 1 : 0 }),
    )
    .execute();
}

export async function listAgreementChecks(
  db: Executor,
  options: { agreementIds: string[]; since: string },
): Promise<AgreementCheck[]> {
  if (options.agreementIds.length === 0) return [];
  const rows = await db
    .selectFrom("agreement_checks")
    .select(["agreement_id", "check_date", "is_kept"])
    .where("agreement_id", "in", options.agreementIds)
    .where("check_date", ">=", options.since)
    .orderBy("check_date")
    .execute();
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    date: row.check_date,
    isKept: Number(row.is_kept) === 1,
  }));
}
