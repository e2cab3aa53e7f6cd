import { containsText } from "~/platform/db/contains-text.server";
import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import { pageOf } from "~/platform/db/page-of.server";

/** How many units the units page shows at once: a page never grows with the organisation. */
export const UNITS_PAGE_SIZE = 50;

export interface UnitListItem {
  id: string;
  name: string;
  path: string;
  /** People placed directly in the unit, active or not. */
  peopleCount: number;
  childCount: number;
}

export interface UnitLevel {
  units: UnitListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of units for the administrator: the units directly under `parentId` (the top level
 * when null) in name order, or, with a `search`, every unit whose path contains it, in path order.
 * Bounded in the query, and counted for the page's units only (issue 16).
 */
export async function listUnitLevel(
  db: Executor,
  organisationId: string,
  options: { parentId: string | null; search?: string; page?: number },
): Promise<UnitLevel> {
  const search = options.search?.trim() ?? "";
  let matching = db.selectFrom("units").where("organisation_id", "=", organisationId);
  if (search) matching = matching.where((eb) => containsText(eb.ref("path"), search));
  else
    matching =
      options.parentId === null
        ? matching.where("parent_id", "is", null)
        : matching.where("parent_id", "=", options.parentId);
  const counted = await matching
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .executeTakeFirst();
  const total = toCount(counted?.count);
  const { page, pageCount, offset } = pageOf(total, options.page, UNITS_PAGE_SIZE);
  const units = await matching
    .select(["id", "name", "path"])
    .orderBy(search ? "path" : "name")
    .orderBy("id")
    .limit(UNITS_PAGE_SIZE)
    .offset(offset)
    .execute();
  const ids = units.map((unit) => unit.id);
  const [people, children] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom("users")
            .select((eb) => ["unit_id as id", eb.fn.countAll<number | string>().as("count")])
            .where("organisation_id", "=", organisationId)
            .where("unit_id", "in", ids)
            .groupBy("unit_id")
            .execute(),
          db
            .selectFrom("units")
            .select((eb) => ["parent_id as id", eb.fn.countAll<number | string>().as("count")])
            .where("organisation_id", "=", organisationId)
            .where("parent_id", "in", ids)
            .groupBy("parent_id")
            .execute(),
        ]);
  const countOf = (rows: { id: string | null; count: number | string }[]) =>
    new Map(rows.map((row) => [row.id, toCount(row.count)]));
  const peopleByUnit = countOf(people);
  const childrenByUnit = countOf(children);
  return {
    total,
    page,
    pageCount,
    units: units.map((unit) => ({
      ...unit,
      peopleCount: peopleByUnit.get(unit.id) ?? 0,
      childCount: childrenByUnit.get(unit.id) ?? 0,
    })),
  };
}
