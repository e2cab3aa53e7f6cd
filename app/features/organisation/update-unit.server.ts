import { isUniqueViolation } from "~/platform/db/constraint-violation.server";
import type { DB } from "~/platform/db/database.server";
import { listUnitNodes } from "./list-units.server";
import { lockUnitTree } from "./lock-unit-tree.server";
import { rewriteSubtreePaths, subtreeIds } from "./unit-tree.server";

export type UpdateUnitResult =
  | { ok: true }
  | { ok: false; error: "notFound" | "parentNotFound" | "cycle" | "pathTaken" };

/**
 * Renames a unit and/or moves it under another parent (null: to the top), and rewrites the path of
 * the unit and every unit below it, all in one transaction. Refused: a parent outside the
 * organisation, the unit itself or one of its own descendants as parent (a loop), and a new path
 * that another unit already has.
 */
export async function updateUnit(
  db: DB,
  options: { organisationId: string; unitId: string; name: string; parentId: string | null },
): Promise<UpdateUnitResult> {
  try {
    return await db.transaction().execute(async (tx): Promise<UpdateUnitResult> => {
      await lockUnitTree(tx, options.organisationId);
      const units = await listUnitNodes(tx, options.organisationId);
      const unit = units.find((candidate) => candidate.id === options.unitId);
      if (!unit) return { ok: false, error: "notFound" };
      const parent = options.parentId ? units.find((candidate) => candidate.id === options.parentId) : null;
      if (parent === undefined) return { ok: false, error: "parentNotFound" };
      if (parent && subtreeIds(units, unit.id).has(parent.id)) return { ok: false, error: "cycle" };

      const paths = rewriteSubtreePaths(units, {
        unitId: unit.id,
        name: options.name,
        parentPath: parent?.path ?? null,
      });
      const newPaths = new Set(paths.values());
      if (units.some((other) => !paths.has(other.id) && newPaths.has(other.path))) {
        return { ok: false, error: "pathTaken" };
      }
      await tx
        .updateTable("units")
        .set({ name: options.name, parent_id: parent?.id ?? null })
        .where("id", "=", unit.id)
        .where("organisation_id", "=", options.organisationId)
        .execute();
      // Row by row: no intermediate state can collide, because every new path starts with the new
      // path of the unit, which the check above found free outside the subtree.
      for (const [id, path] of paths) {
        await tx
          .updateTable("units")
          .set({ path })
          .where("id", "=", id)
          .where("organisation_id", "=", options.organisationId)
          .execute();
      }
      return { ok: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "pathTaken" };
    throw error;
  }
}
