import type { Executor } from "../db/database";
import type { Role } from "../db/tables/user-roles.table";

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

/** The organisation's people for the administrator: account facts only, never what anyone wrote. */
export async function listPeople(db: Executor, organisationId: string): Promise<PersonOverview[]> {
  const [people, roles] = await Promise.all([
    db
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
      .where("users.organisation_id", "=", organisationId)
      .orderBy("users.name")
      .execute(),
    db
      .selectFrom("user_roles")
      .select(["user_id", "role"])
      .where("organisation_id", "=", organisationId)
      .execute(),
  ]);
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email,
    unitId: person.unit_id,
    unitPath: person.unit_path,
    nearestLeaderName: person.leader_name,
    roles: roles.filter((role) => role.user_id === person.id).map((role) => role.role),
    isActive: Number(person.is_active) === 1,
  }));
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
