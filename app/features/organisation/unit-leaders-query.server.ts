import type { Executor } from "~/platform/db/database.server";

/**
 * The active leaders of a unit and the units below it, as a query to narrow, count or page: the
 * units are found through parent ids (decision 015) by a recursive query in the database, not by
 * reading the organisation's whole tree (issue 16). `union`, not `union all`: a loop in the parent
 * ids, should one ever be stored, ends instead of running forever.
 */
export function unitLeadersQuery(db: Executor, options: { organisationId: string; unitId: string }) {
  return db
    .withRecursive("subtree(id)", (qb) =>
      qb
        .selectFrom("units")
        .select("units.id")
        .where("units.id", "=", options.unitId)
        .where("units.organisation_id", "=", options.organisationId)
        .union(
          qb
            .selectFrom("units")
            .innerJoin("subtree", "subtree.id", "units.parent_id")
            .select("units.id")
            .where("units.organisation_id", "=", options.organisationId),
        ),
    )
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .where("users.organisation_id", "=", options.organisationId)
    .where("users.is_active", "=", 1)
    .where("user_roles.role", "=", "leader")
    .where("users.unit_id", "in", (eb) => eb.selectFrom("subtree").select("subtree.id"));
}
