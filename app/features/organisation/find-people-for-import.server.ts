import type { Executor } from "~/platform/db/database.server";

/** Addresses per query: far under SQLite's 32,766 bound parameters, however long the file. */
const EMAILS_PER_QUERY = 5_000;

export interface ExistingPerson {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  unit_path: string | null;
  leader_email: string | null;
  leader_name: string | null;
}

/**
 * The people a people file's check needs, and no one else (issue 16): everyone anywhere with an
 * address the file names (as a person or as a nearest leader), and the organisation's reporting
 * lines above them, up to the top, so a loop through people not in the file is still found. Before,
 * the check read every person of the organisation — 100,000 rows with their units and leaders for
 * each check, several hundred MB of the server's memory at a few checks at once
 * (docs/performance.md).
 */
export async function findPeopleForImport(
  db: Executor,
  options: { organisationId: string; emails: string[] },
): Promise<ExistingPerson[]> {
  const found = new Map<string, ExistingPerson>();
  const asked = new Set<string>();
  let next = [...new Set(options.emails)];
  let isFirst = true;
  while (next.length > 0) {
    for (const email of next) asked.add(email);
    for (let start = 0; start < next.length; start += EMAILS_PER_QUERY) {
      const rows = await peopleByEmail(db, {
        // After the file's own addresses, only the organisation's lines above them are followed.
        organisationId: isFirst ? null : options.organisationId,
        emails: next.slice(start, start + EMAILS_PER_QUERY),
      });
      for (const row of rows) found.set(row.id, row);
    }
    isFirst = false;
    next = [
      ...new Set(
        [...found.values()]
          .filter((person) => person.organisation_id === options.organisationId)
          .flatMap((person) => (person.leader_email === null ? [] : [person.leader_email]))
          .filter((email) => !asked.has(email)),
      ),
    ];
  }
  return [...found.values()];
}

function peopleByEmail(db: Executor, options: { organisationId: string | null; emails: string[] }) {
  let query = db
    .selectFrom("users")
    .leftJoin("users as leader", "leader.id", "users.nearest_leader_id")
    .leftJoin("units", "units.id", "users.unit_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.organisation_id",
      "units.path as unit_path",
      "leader.email as leader_email",
      "leader.name as leader_name",
    ])
    .where("users.email", "in", options.emails);
  if (options.organisationId !== null)
    query = query.where("users.organisation_id", "=", options.organisationId);
  return query.execute();
}

/** The roles of the given people, by person: only theirs, not the whole organisation's. */
export async function findRolesOf(
  db: Executor,
  options: { organisationId: string; userIds: string[] },
): Promise<Map<string, string[]>> {
  const roles = new Map<string, string[]>();
  for (let start = 0; start < options.userIds.length; start += EMAILS_PER_QUERY) {
    const rows = await db
      .selectFrom("user_roles")
      .select(["user_id", "role"])
      .where("organisation_id", "=", options.organisationId)
      .where("user_id", "in", options.userIds.slice(start, start + EMAILS_PER_QUERY))
      .execute();
    for (const row of rows) roles.set(row.user_id, [...(roles.get(row.user_id) ?? []), row.role]);
  }
  return roles;
}
