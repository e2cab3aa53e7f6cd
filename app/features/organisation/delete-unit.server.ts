import { isForeignKeyViolation } from "~/platform/db/constraint-violation.server";
import { toCount } from "~/platform/db/count.server";
import type { DB } from "~/platform/db/database.server";
import { lockUnitTree } from "./lock-unit-tree.server";

export type DeleteUnitResult = { ok: true } | { ok: false; error: "notFound" | "hasPeople" | "hasUnits" };

/**
 * Deletes a unit of the organisation, only when no one is placed in it (active or not) and no unit
 * is below it: people and sub-units are never left without a place by accident.
 */
export async function deleteUnit(
  db: DB,
  options: { organisationId: string; unitId: string },
): Promise<DeleteUnitResult> {
  try {
    return await db.transaction().execute(async (tx): Promise<DeleteUnitResult> => {
      await lockUnitTree(tx, options.organisationId);
      const unit = await tx
        .selectFrom("units")
        .select("id")
        .where("id", "=", options.unitId)
        .where("organisation_id", "=", options.organisationId)
        .executeTakeFirst();
      if (!unit) return { ok: false, error: "notFound" };
      const people = await tx
        .selectFrom("users")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("unit_id", "=", unit.id)
        .executeTakeFirstOrThrow();
      const children = await tx
        .selectFrom("units")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("parent_id", "=", unit.id)
        .executeTakeFirstOrThrow();
      if (toCount(people.count) > 0) return { ok: false, error: "hasPeople" };
      if (toCount(children.count) > 0) return { ok: false, error: "hasUnits" };
      await tx.deleteFrom("units").where("id", "=", unit.id).execute();
      return { ok: true };
    });
  } catch (error) {
    // Should someone be placed in the unit between the count and the delete by a write that does
    // not take the tree lock, the foreign key keeps the unit, and the admin hears why.
    if (isForeignKeyViolation(error)) return { ok: false, error: "hasPeople" };
    throw error;
  }
}
