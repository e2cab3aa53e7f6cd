import { isForeignKeyViolation } from "~/platform/db/constraint-violation.server";
import type { Executor } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";

export type SetPersonUnitResult = { ok: true } | { ok: false; error: "personNotFound" | "unitNotFound" };

/** Places a person of the organisation in one of its units, or in none (unitId null). */
export async function setPersonUnit(
  db: Executor,
  options: { organisationId: string; userId: string; unitId: string | null },
): Promise<SetPersonUnitResult> {
  if (options.unitId !== null) {
    const unit = await db
      .selectFrom("units")
      .select("id")
      .where("id", "=", options.unitId)
      .where("organisation_id", "=", options.organisationId)
      .executeTakeFirst();
    if (!unit) return { ok: false, error: "unitNotFound" };
  }
  const updated = await db
    .updateTable("users")
    .set({ unit_id: options.unitId, updated_at: nowDbTime() })
    .where("id", "=", options.userId)
    .where("organisation_id", "=", options.organisationId)
    .executeTakeFirst()
    .catch((error: unknown) => {
      // The unit was deleted between the check and the update: the foreign key says so.
      if (isForeignKeyViolation(error)) return null;
      throw error;
    });
  if (updated === null) return { ok: false, error: "unitNotFound" };
  return Number(updated.numUpdatedRows) === 1 ? { ok: true } : { ok: false, error: "personNotFound" };
}
