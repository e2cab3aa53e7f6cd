import type { Executor } from "~/platform/db/database.server";
import type { Role } from "~/platform/db/tables/user-roles.table";

export interface PersonForAdmin {
  id: string;
  name: string;
  email: string;
  unitPath: string | null;
  nearestLeaderEmail: string | null;
  roles: Role[];
}

/**
 * One person of the organisation as the administrator edits them: account facts only, never
 * what they wrote. Undefined for anyone outside the organisation.
 */
export async function findPerson(
  db: Executor,
  options: { organisationId: string; userId: string },
): Promise<PersonForAdmin | undefined> {
  const person = await db
    .selectFrom("users")
    .leftJoin("units", "units.id", "users.unit_id")
    .leftJoin("users as leader", "leader.id", "users.nearest_leader_id")
    .select([
      "users.id",
      "users.name",
      "users.email",
      "units.path as unit_path",
      "leader.email as leader_email",
    ])
    .where("users.id", "=", options.userId)
    .where("users.organisation_id", "=", options.organisationId)
    .executeTakeFirst();
  if (!person) return undefined;
  const roles = await db
    .selectFrom("user_roles")
    .select("role")
    .where("user_id", "=", person.id)
    .where("organisation_id", "=", options.organisationId)
    .execute();
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    unitPath: person.unit_path,
    nearestLeaderEmail: person.leader_email,
    roles: roles.map((row) => row.role),
  };
}
