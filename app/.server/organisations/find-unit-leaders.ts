import type { Executor } from "../db/database";
import { listUnitNodes } from "./list-units";
import { subtreeIds } from "./unit-tree";

/**
 * The active leaders of a unit and the units below it (found through the tree, decision 015), by
 * name: whom a roll-out of the unit concerns. Null: no such unit in this organisation.
 */
export async function findUnitLeaders(db: Executor, options: { organisationId: string; unitId: string }) {
  const units = await listUnitNodes(db, options.organisationId);
  const unit = units.find((candidate) => candidate.id === options.unitId);
  if (!unit) return null;
  const leaders = await db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select(["users.id", "users.email", "users.name", "users.locale", "users.password_hash"])
    .where("users.organisation_id", "=", options.organisationId)
    .where("users.is_active", "=", 1)
    .where("user_roles.role", "=", "leader")
    .where("users.unit_id", "in", [...subtreeIds(units, unit.id)])
    .orderBy("users.name")
    .execute();
  return { unit, leaders };
}
