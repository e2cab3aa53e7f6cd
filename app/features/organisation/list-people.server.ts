import { containsText } from "~/platform/db/contains-text.server";
import type { Executor } from "~/platform/db/database.server";
import { pageOf } from "~/platform/db/page-of.server";
import type { Role } from "~/platform/db/tables/user-roles.table";

export interface PersonOverview {
  id: string;
  name: string;
  email: string;
  unitId: string | null;
  unitPath: string | null;
  nearestLeaderName: string | null;
  roles: Role[];
  isActive: boolean;
}

/** How many people the administrator's list shows at once: a page never grows with the organisation. */
export const PEOPLE_PAGE_SIZE = 50;

export interface PeoplePage {
  people: PersonOverview[];
  /** How many match the search in all, and which page of them this is (1-based). */
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of the organisation's people for the administrator, in name order: account facts
 * only, never what anyone wrote. `search` matches name, e-mail or unit; `unitId` keeps one unit.
 * Bounded in the query, so an organisation of 100,000 costs a page, not the process.
 */
export async function listPeople(
  db: Executor,
  organisationId: string,
  options: { search?: string; unitId?: string; page?: number } = {},
): Promise<PeoplePage> {
  const search = options.search?.trim() ?? "";
  // The conditions read users only (the unit through a subquery), so the count walks the
  // organisation's index: joining units here made SQLite scan the whole users table on every
  // page (52 ms of 100,000 rows against 5.5 ms; issue 16's /admin at 11 req/s).
  let matching = db.selectFrom("users").where("users.organisation_id", "=", organisationId);
  if (options.unitId) matching = matching.where("users.unit_id", "=", options.unitId);
  if (search)
    matching = matching.where((eb) =>
      eb.or([
        containsText(eb.ref("users.name"), search),
        containsText(eb.ref("users.email"), search),
        eb(
          "users.unit_id",
          "in",
          eb
            .selectFrom("units")
            .select("units.id")
            .where("units.organisation_id", "=", organisationId)
            .where((unit) => containsText(unit.ref("units.path"), search)),
        ),
      ]),
    );
  const counted = await matching
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .executeTakeFirst();
  const total = Number(counted?.count ?? 0);
  const { page, pageCount, offset } = pageOf(total, options.page, PEOPLE_PAGE_SIZE);
  // The page's ids first, from the organisation's name index alone; then their rows. Skipping to
  // page 2,000 then steps through index entries, not 100,000 rows with their joins (issue 16's
  // review: the last page of /admin took 90 ms against 24 for the first).
  const pageIds = await matching
    .select("users.id")
    .orderBy("users.name")
    .orderBy("users.id")
    .limit(PEOPLE_PAGE_SIZE)
    .offset(offset)
    .execute();
  const people =
    pageIds.length === 0
      ? []
      : await db
          .selectFrom("users")
          .leftJoin("units", "units.id", "users.unit_id")
          .leftJoin("users as leader", "leader.id", "users.nearest_leader_id")
          .select([
            "users.id",
            "users.name",
            "users.email",
            "users.is_active",
            "users.unit_id",
            "units.path as unit_path",
            "leader.name as leader_name",
          ])
          .where(
            "users.id",
            "in",
            pageIds.map((row) => row.id),
          )
          .orderBy("users.name")
          .orderBy("users.id")
          .execute();
  const roles =
    people.length === 0
      ? []
      : await db
          .selectFrom("user_roles")
          .select(["user_id", "role"])
          .where("organisation_id", "=", organisationId)
          .where(
            "user_id",
            "in",
            people.map((person) => person.id),
          )
          .execute();
  return {
    total,
    page,
    pageCount,
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      unitId: person.unit_id,
      unitPath: person.unit_path,
      nearestLeaderName: person.leader_name,
      roles: roles.filter((role) => role.user_id === person.id).map((role) => role.role),
      isActive: Number(person.is_active) === 1,
    })),
  };
}

/**
 * Deactivates or reactivates a person of the organisation. Deactivated people cannot sign in and
 * their sessions end; everything they wrote is kept.
 */
export async function setPersonActive(
  db: Executor,
  options: { organisationId: string; userId: string; isActive: boolean },
): Promise<boolean> {
  const updated = await db
    .updateTable("users")
    .set({ is_active: options.isActive ? 1 : 0 })
    .where("id", "=", options.userId)
    .where("organisation_id", "=", options.organisationId)
    .returning("id")
    .executeTakeFirst();
  if (updated && !options.isActive)
    await db.deleteFrom("sessions").where("user_id", "=", options.userId).execute();
  return updated !== undefined;
}
