import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";

export interface UnitWithContext {
  id: string;
  name: string;
  path: string;
  parentId: string | null;
  /** From the top down to the unit's parent, for the way back up the tree. */
  ancestors: { id: string; name: string }[];
  peopleCount: number;
  childCount: number;
}

/**
 * One unit of the organisation with what its page needs: the units above it and how many people
 * and units it holds. Undefined for an id that is not the organisation's. A few small queries,
 * whatever the organisation's size: the tree is walked upwards only.
 */
export async function findUnitWithContext(
  db: Executor,
  options: { organisationId: string; unitId: string },
): Promise<UnitWithContext | undefined> {
  const byId = (id: string) =>
    db
      .selectFrom("units")
      .select(["id", "name", "path", "parent_id"])
      .where("id", "=", id)
      .where("organisation_id", "=", options.organisationId)
      .executeTakeFirst();
  const unit = await byId(options.unitId);
  if (!unit) return undefined;
  const ancestors: { id: string; name: string }[] = [];
  const seen = new Set([unit.id]);
  for (let parentId = unit.parent_id; parentId && !seen.has(parentId); ) {
    seen.add(parentId);
    const parent = await byId(parentId);
    if (!parent) break;
    ancestors.unshift({ id: parent.id, name: parent.name });
    parentId = parent.parent_id;
  }
  const [people, children] = await Promise.all([
    db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("organisation_id", "=", options.organisationId)
      .where("unit_id", "=", unit.id)
      .executeTakeFirst(),
    db
      .selectFrom("units")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("organisation_id", "=", options.organisationId)
      .where("parent_id", "=", unit.id)
      .executeTakeFirst(),
  ]);
  return {
    id: unit.id,
    name: unit.name,
    path: unit.path,
    parentId: unit.parent_id,
    ancestors,
    peopleCount: toCount(people?.count),
    childCount: toCount(children?.count),
  };
}
