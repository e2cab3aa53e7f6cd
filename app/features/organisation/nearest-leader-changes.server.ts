import type { PersonRow } from "./people-csv.server";

export interface PersonRef {
  name: string;
  email: string;
}

/** One person whose nearest leader the import changes: from whom (now) to whom (after). */
export interface NearestLeaderChange {
  line: number;
  person: PersonRef;
  from: PersonRef | null;
  to: PersonRef | null;
}

/**
 * Every change of nearest leader a clean file would make, in file order: for people already in the
 * organisation whose nearest leader in the file differs from the one they have (also to or from
 * nobody). New people are not changes: they have no dialogue anyone could lose or gain.
 */
export function findNearestLeaderChanges(
  rows: PersonRow[],
  people: { email: string; name: string; nearestLeader: PersonRef | null }[],
): NearestLeaderChange[] {
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const inFile = new Map(rows.map((row) => [row.email, row]));
  const refFor = (email: string | null): PersonRef | null => {
    if (email === null) return null;
    const name = inFile.get(email)?.name || byEmail.get(email)?.name || email;
    return { name, email };
  };
  const changes: NearestLeaderChange[] = [];
  for (const row of rows) {
    const person = byEmail.get(row.email);
    if (!person) continue;
    const before = person.nearestLeader?.email ?? null;
    if (before === row.nearestLeaderEmail) continue;
    changes.push({
      line: row.line,
      person: { name: row.name || person.name, email: row.email },
      from: person.nearestLeader,
      to: refFor(row.nearestLeaderEmail),
    });
  }
  return changes;
}
