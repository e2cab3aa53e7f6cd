import { isUniqueViolation } from "~/platform/db/constraint-violation.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { lockUnitTree } from "./lock-unit-tree.server";
import { joinUnitPath } from "./unit-tree.server";

export type AddUnitResult =
  | { ok: true; unitId: string }
  | { ok: false; error: "parentNotFound" | "pathTaken" };

/** Adds a unit at the top or under a parent of the same organisation; its path must be free. */
export async function addUnit(
  db: DB,
  options: { organisationId: string; name: string; parentId: string | null },
): Promise<AddUnitResult> {
  try {
    return await db.transaction().execute(async (tx): Promise<AddUnitResult> => {
      await lockUnitTree(tx, options.organisationId);
      const parent = options.parentId
        ? await tx
            .selectFrom("units")
            .select("path")
            .where("id", "=", options.parentId)
            .where("organisation_id", "=", options.organisationId)
            .executeTakeFirst()
        : null;
      if (parent === undefined) return { ok: false, error: "parentNotFound" };
      const path = joinUnitPath(parent?.path ?? null, options.name);
      const taken = await tx
        .selectFrom("units")
        .select("id")
        .where("organisation_id", "=", options.organisationId)
        .where("path", "=", path)
        .executeTakeFirst();
      if (taken) return { ok: false, error: "pathTaken" };
      const unitId = newId();
      await tx
        .insertInto("units")
        .values({
          id: unitId,
          organisation_id: options.organisationId,
          parent_id: options.parentId,
          name: options.name,
          path,
          created_at: nowDbTime(),
        })
        .execute();
      return { ok: true, unitId };
    });
  } catch (error) {
    // The check above and the unique constraint agree; should anything still slip between them,
    // the constraint decides, and the admin hears that the name is taken rather than a 500.
    if (isUniqueViolation(error)) return { ok: false, error: "pathTaken" };
    throw error;
  }
}
