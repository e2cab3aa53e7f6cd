import { listEmailDomainsVerifiedElsewhere } from "~/features/sso/is-email-domain-verified-elsewhere.server";
import { createUser } from "~/platform/auth/users.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import { nowDbTime } from "~/platform/db/time.server";
import { emailDomainOf } from "~/platform/identity/account-email";
import { findPeopleForImport, findRolesOf } from "./find-people-for-import.server";
import { lockUnitTree } from "./lock-unit-tree.server";
import { findNearestLeaderChanges, type NearestLeaderChange } from "./nearest-leader-changes.server";
import {
  checkPeopleRows,
  type ImportError,
  type ImportWarning,
  type PersonRow,
  parsePeopleCsv,
} from "./people-csv.server";
import { tellNearestLeaderChanges } from "./tell-nearest-leader-changes.server";

/** What a row does to the organisation: a new person, a change to one, or nothing at all. */
export type RowKind = "new" | "changed" | "unchanged";

export interface PeopleImportCheck {
  rows: PersonRow[];
  /** The kind of each row, in the order of `rows`. */
  rowKinds: RowKind[];
  errors: ImportError[];
  /** Of the rows: how many are new people and how many update someone already there. */
  newCount: number;
  updateCount: number;
  /** Of the updates: how many change the person's name, unit, nearest leader or roles, and how many nothing. */
  changedCount: number;
  unchangedCount: number;
  /** Who gets another nearest leader: shown before anything is applied (issue 13, finding 10). */
  nearestLeaderChanges: NearestLeaderChange[];
  /** What the file holds that is not read (a column we do not know); nothing stops for it. */
  warnings: ImportWarning[];
}

/** A people file as uploaded, or rows already read (the administrator's page for one person). */
export type PeopleInput = { csv: string } | { rows: PersonRow[] };

/** Reads and checks a people file against the organisation, without changing anything. */
export async function checkPeopleImport(
  db: Executor,
  options: { organisationId: string } & PeopleInput,
): Promise<PeopleImportCheck> {
  // One person edited by hand comes as a row and goes through the very same checks (issue 15).
  const parsed =
    "csv" in options ? parsePeopleCsv(options.csv) : { rows: options.rows, errors: [], warnings: [] };
  if (parsed.errors.some((error) => error.line === 0)) {
    return {
      rows: [],
      rowKinds: [],
      errors: parsed.errors,
      newCount: 0,
      updateCount: 0,
      changedCount: 0,
      unchangedCount: 0,
      nearestLeaderChanges: [],
      warnings: parsed.warnings,
    };
  }
  const existing = await findPeopleForImport(db, {
    organisationId: options.organisationId,
    emails: parsed.rows.flatMap((row) =>
      row.nearestLeaderEmail === null ? [row.email] : [row.email, row.nearestLeaderEmail],
    ),
  });
  const people = existing.map((row) => ({
    email: row.email,
    organisationId: row.organisation_id,
    nearestLeaderEmail: row.leader_email,
  }));
  const errors = [
    ...parsed.errors,
    ...checkPeopleRows(parsed.rows, people, options.organisationId),
    ...(await checkDomainsOfOtherOrganisations(db, parsed.rows, people, options.organisationId)),
  ].sort((a, b) => a.line - b.line);
  const inOrganisation = new Set(
    people.filter((person) => person.organisationId === options.organisationId).map((person) => person.email),
  );
  const updateCount = parsed.rows.filter((row) => inOrganisation.has(row.email)).length;
  const rowKinds = await kindsOfRows(
    db,
    options.organisationId,
    parsed.rows,
    existing.filter((row) => row.organisation_id === options.organisationId),
  );
  const changedCount = rowKinds.filter((kind) => kind === "changed").length;
  const nearestLeaderChanges = findNearestLeaderChanges(
    parsed.rows,
    existing
      .filter((row) => row.organisation_id === options.organisationId)
      .map((row) => ({
        email: row.email,
        name: row.name,
        nearestLeader:
          row.leader_email === null
            ? null
            : { email: row.leader_email, name: row.leader_name ?? row.leader_email },
      })),
  );
  return {
    rows: parsed.rows,
    rowKinds,
    errors,
    newCount: parsed.rows.length - updateCount,
    updateCount,
    changedCount,
    unchangedCount: updateCount - changedCount,
    nearestLeaderChanges,
    warnings: parsed.warnings,
  };
}

/**
 * Imports a clean people file in one transaction: units (with their parents) are created as
 * needed, people are created or updated by e-mail, then the reporting lines are set. New people
 * have no password; they set one with "Glemt adgangskode" or sign in with single sign-on. The
 * importing administrator never loses their own admin role this way. A changed reporting line
 * gives nobody a dialogue (decision 029); after the commit, everyone a change concerns is mailed.
 */
export async function importPeople(
  services: Pick<AppServices, "db" | "mailer" | "log">,
  options: { organisationId: string; importedBy: string } & PeopleInput,
): Promise<
  | { ok: true; created: number; updated: number; nearestLeaderChanges: number }
  | { ok: false; errors: ImportError[] }
> {
  const result = await services.db.transaction().execute(async (tx) => {
    // Units are created by path below; a rename or move by hand must not change paths meanwhile.
    await lockUnitTree(tx, options.organisationId);
    const check = await checkPeopleImport(tx, options);
    if (check.errors.length > 0) return { ok: false, errors: check.errors } as const;
    const now = nowDbTime();
    const unitIds = new Map<string, string>();
    const ids = new Map<string, string>();
    let created = 0;
    for (const row of check.rows) {
      const unitId = row.unitPath
        ? await ensureUnitPath(tx, options.organisationId, row.unitPath, unitIds)
        : null;
      const existing = await tx
        .selectFrom("users")
        .select("id")
        .where("email", "=", row.email)
        .where("organisation_id", "=", options.organisationId)
        .executeTakeFirst();
      if (existing) {
        await tx
          .updateTable("users")
          .set({ name: row.name, unit_id: unitId, updated_at: now })
          .where("id", "=", existing.id)
          .execute();
        ids.set(row.email, existing.id);
      } else {
        const user = await createUser(tx, {
          organisationId: options.organisationId,
          email: row.email,
          name: row.name,
          passwordHash: null,
          unitId,
        });
        ids.set(row.email, user.id);
        created++;
      }
      await replaceRoles(tx, {
        organisationId: options.organisationId,
        userId: ids.get(row.email) as string,
        roles:
          ids.get(row.email) === options.importedBy ? [...new Set<Role>([...row.roles, "admin"])] : row.roles,
      });
    }
    for (const row of check.rows) {
      const leaderId = row.nearestLeaderEmail
        ? (ids.get(row.nearestLeaderEmail) ??
          (
            await tx
              .selectFrom("users")
              .select("id")
              .where("email", "=", row.nearestLeaderEmail)
              .where("organisation_id", "=", options.organisationId)
              .executeTakeFirst()
          )?.id ??
          null)
        : null;
      await tx
        .updateTable("users")
        .set({ nearest_leader_id: leaderId, updated_at: now })
        .where("id", "=", ids.get(row.email) as string)
        .execute();
    }
    return {
      ok: true,
      created,
      updated: check.rows.length - created,
      changes: check.nearestLeaderChanges,
    } as const;
  });
  if (!result.ok) return result;
  await tellNearestLeaderChanges(services, {
    organisationId: options.organisationId,
    changes: result.changes,
  });
  return {
    ok: true,
    created: result.created,
    updated: result.updated,
    nearestLeaderChanges: result.changes.length,
  };
}

async function replaceRoles(
  tx: Executor,
  options: { organisationId: string; userId: string; roles: Role[] },
) {
  await tx.deleteFrom("user_roles").where("user_id", "=", options.userId).execute();
  if (options.roles.length === 0) return;
  const now = nowDbTime();
  await tx
    .insertInto("user_roles")
    .values(
      options.roles.map((role) => ({
        organisation_id: options.organisationId,
        user_id: options.userId,
        role,
        created_at: now,
      })),
    )
    .execute();
}

/** The unit for "A / B / C", creating A, A / B and A / B / C as needed. */
async function ensureUnitPath(
  tx: Executor,
  organisationId: string,
  path: string,
  cache: Map<string, string>,
): Promise<string> {
  const names = path.split(" / ");
  let parentId: string | null = null;
  for (let depth = 1; depth <= names.length; depth++) {
    const partial = names.slice(0, depth).join(" / ");
    let id = cache.get(partial);
    if (!id) {
      const found = await tx
        .selectFrom("units")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("path", "=", partial)
        .executeTakeFirst();
      id = found?.id ?? newId();
      if (!found) {
        await tx
          .insertInto("units")
          .values({
            id,
            organisation_id: organisationId,
            parent_id: parentId,
            name: names[depth - 1] as string,
            path: partial,
            created_at: nowDbTime(),
          })
          .execute();
      }
      cache.set(partial, id);
    }
    parentId = id;
  }
  return parentId as string;
}

/**
 * Whether each row is a new person, changes someone already here (name, unit, nearest leader or
 * roles) or changes nothing, so the preview can count them and list only what changes.
 */
async function kindsOfRows(
  db: Executor,
  organisationId: string,
  rows: PersonRow[],
  people: {
    id: string;
    email: string;
    name: string;
    unit_path: string | null;
    leader_email: string | null;
  }[],
): Promise<RowKind[]> {
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const roles = await findRolesOf(db, {
    organisationId,
    userIds: rows.flatMap((row) => {
      const person = byEmail.get(row.email);
      return person ? [person.id] : [];
    }),
  });
  const sameRoles = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return rows.map((row) => {
    const person = byEmail.get(row.email);
    if (!person) return "new";
    const isSame =
      person.name === row.name &&
      (person.unit_path ?? null) === (row.unitPath ?? null) &&
      (person.leader_email ?? null) === (row.nearestLeaderEmail ?? null) &&
      sameRoles(roles.get(person.id) ?? [], [...new Set(row.roles)]);
    return isSame ? "unchanged" : "changed";
  });
}

/**
 * A new person whose address is in a domain another organisation has proven belongs to that
 * organisation: the import may not make their account here (issue 13, finding 13, by import).
 */
async function checkDomainsOfOtherOrganisations(
  db: Executor,
  rows: PersonRow[],
  people: { email: string; organisationId: string }[],
  organisationId: string,
): Promise<ImportError[]> {
  const known = new Set(people.map((person) => person.email));
  const newRows = rows.filter((row) => !known.has(row.email));
  const elsewhere = await listEmailDomainsVerifiedElsewhere(db, {
    organisationId,
    domains: [...new Set(newRows.map((row) => emailDomainOf(row.email)))],
  });
  return newRows
    .filter((row) => elsewhere.has(emailDomainOf(row.email)))
    .map((row) => ({ line: row.line, kind: "emailDomainOfOtherOrganisation", value: row.email }));
}
