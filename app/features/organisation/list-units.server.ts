import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import { orderUnitTree, type UnitNode } from "./unit-tree.server";

export interface UnitOverview extends UnitNode {
  /** 0 for a unit at the top. */
  depth: number;
  /** People placed directly in the unit, active or not (the unit cannot be deleted while any are). */
  peopleCount: number;
  childCount: number;
}

/** The organisation's units as a tree, depth first, with how many people each has. */
export async function listUnits(db: Executor, organisationId: string): Promise<UnitOverview[]> {
  const [units, people] = await Promise.all([
    listUnitNodes(db, organisationId),
    db
      .selectFrom("users")
      .select((eb) => ["unit_id", eb.fn.countAll().as("count")])
      .where("organisation_id", "=", organisationId)
      .where("unit_id", "is not", null)
      .groupBy("unit_id")
      .execute(),
  ]);
  const peopleByUnit = new Map(people.map((row) => [row.unit_id, toCount(row.count)]));
  const nodes = units.map((unit) => ({
    ...unit,
    peopleCount: peopleByUnit.get(unit.id) ?? 0,
    childCount: units.filter((other) => other.parentId === unit.id).length,
  }));
  return orderUnitTree(nodes);
}

/**
 * The organisation's units as the tree functions need them, by path: the one listing of units that
 * the overview, the figures and the tree changes (inside a transaction that locked it) all read.
 */
export async function listUnitNodes(db: Executor, organisationId: string): Promise<UnitNode[]> {
  return db
    .selectFrom("units")
    .select(["id", "parent_id as parentId", "name", "path"])
    .where("organisation_id", "=", organisationId)
    .orderBy("path")
    .execute();
}
