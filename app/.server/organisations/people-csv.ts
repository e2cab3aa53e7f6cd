import { parse } from "csv-parse/sync";
import { isAccountEmail } from "~/identity/account-email";
import type { Role } from "../db/tables/user-roles.table";
import { normalizeEmail } from "../users/normalize-email";

/** One person from the file, as read; `line` is the line number in the file (the header is line 1). */
export interface PersonRow {
  line: number;
  name: string;
  email: string;
  /** "Forvaltning / Afdeling" from the top down, or null for no unit. */
  unitPath: string | null;
  nearestLeaderEmail: string | null;
  roles: Role[];
}

export const IMPORT_ERRORS = [
  "unreadable",
  "missingColumns",
  "tooManyRows",
  "nameRequired",
  "emailInvalid",
  "duplicateEmail",
  "emailInOtherOrganisation",
  "unknownNearestLeader",
  "reportingLoop",
  "unknownRole",
] as const;
export type ImportErrorKind = (typeof IMPORT_ERRORS)[number];

/** A problem with the file: the line it is on (0 for the file as a whole), its kind, and the value. */
export interface ImportError {
  line: number;
  kind: ImportErrorKind;
  value?: string;
}

export const MAX_IMPORT_ROWS = 5_000;

// Danish and English headings, compared without case, spaces, hyphens or dots.
const COLUMNS: Record<string, keyof Omit<PersonRow, "line">> = {
  navn: "name",
  name: "name",
  email: "email",
  mail: "email",
  enhed: "unitPath",
  unit: "unitPath",
  nærmesteleder: "nearestLeaderEmail",
  nearestleader: "nearestLeaderEmail",
  roller: "roles",
  roles: "roles",
};

const ROLE_WORDS: Record<string, Role> = {
  leder: "leader",
  leader: "leader",
  hr: "hr",
  topledelse: "top_management",
  topmanagement: "top_management",
  med: "med",
  amo: "med",
  medamo: "med",
  admin: "admin",
  administrator: "admin",
};

const headingKey = (value: string) => value.toLowerCase().replace(/[\s\-._/]/g, "");

/**
 * Reads a people file (CSV from Excel: ";" or "," between fields, a heading row) into rows and the
 * errors that can be seen in the file alone. Nothing is imported while any error remains.
 */
export function parsePeopleCsv(text: string): { rows: PersonRow[]; errors: ImportError[] } {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch {
    return { rows: [], errors: [{ line: 0, kind: "unreadable" }] };
  }
  const [heading, ...body] = records;
  const columns = (heading ?? []).map((cell) => COLUMNS[headingKey(cell)]);
  if (!columns.includes("name") || !columns.includes("email")) {
    return { rows: [], errors: [{ line: 0, kind: "missingColumns" }] };
  }
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], errors: [{ line: 0, kind: "tooManyRows" }] };

  const rows: PersonRow[] = [];
  const errors: ImportError[] = [];
  body.forEach((record, index) => {
    const line = index + 2;
    const cell = (column: keyof Omit<PersonRow, "line">) => {
      const at = columns.indexOf(column);
      return at === -1 ? "" : (record[at] ?? "").trim();
    };
    const name = cell("name");
    const email = normalizeEmail(cell("email"));
    const leader = cell("nearestLeaderEmail");
    const roleWords = cell("roles")
      .split(/[,|+]/)
      .map((word) => word.trim())
      .filter((word) => word !== "");
    if (!name) errors.push({ line, kind: "nameRequired" });
    if (!isAccountEmail(email)) errors.push({ line, kind: "emailInvalid", value: cell("email") });
    if (leader && !isAccountEmail(normalizeEmail(leader)))
      errors.push({ line, kind: "emailInvalid", value: leader });
    const roles: Role[] = [];
    for (const word of roleWords) {
      const role = ROLE_WORDS[headingKey(word)];
      if (!role) errors.push({ line, kind: "unknownRole", value: word });
      else if (!roles.includes(role)) roles.push(role);
    }
    const unitPath = cell("unitPath")
      .split("/")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .join(" / ");
    rows.push({
      line,
      name,
      email,
      unitPath: unitPath || null,
      nearestLeaderEmail: leader ? normalizeEmail(leader) : null,
      roles,
    });
  });
  return { rows, errors };
}

/**
 * The errors that need the organisation: a person twice in the file, an address that belongs to
 * another organisation, a nearest leader who is neither in the file nor in the organisation, and
 * reporting lines that go round in a loop (also through people already in the organisation).
 */
export function checkPeopleRows(
  rows: PersonRow[],
  existing: { email: string; organisationId: string; nearestLeaderEmail: string | null }[],
  organisationId: string,
): ImportError[] {
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.email);
    if (first !== undefined) errors.push({ line: row.line, kind: "duplicateEmail", value: row.email });
    else seen.set(row.email, row.line);
  }
  const known = new Map(existing.map((person) => [person.email, person]));
  for (const row of rows) {
    const other = known.get(row.email);
    if (other && other.organisationId !== organisationId) {
      errors.push({ line: row.line, kind: "emailInOtherOrganisation", value: row.email });
    }
  }
  // Who reports to whom after the import: the file's lines over the organisation's.
  const reportsTo = new Map<string, string | null>();
  for (const person of existing) {
    if (person.organisationId === organisationId) reportsTo.set(person.email, person.nearestLeaderEmail);
  }
  for (const row of rows) reportsTo.set(row.email, row.nearestLeaderEmail);
  for (const row of rows) {
    if (row.nearestLeaderEmail === null) continue;
    const leader = known.get(row.nearestLeaderEmail);
    const isInOrganisation = seen.has(row.nearestLeaderEmail) || leader?.organisationId === organisationId;
    if (!isInOrganisation) {
      errors.push({ line: row.line, kind: "unknownNearestLeader", value: row.nearestLeaderEmail });
      continue;
    }
    if (leadsBackTo(row.email, reportsTo)) {
      errors.push({ line: row.line, kind: "reportingLoop", value: row.nearestLeaderEmail });
    }
  }
  return errors.sort((a, b) => a.line - b.line);
}

function leadsBackTo(email: string, reportsTo: Map<string, string | null>): boolean {
  const visited = new Set<string>();
  let current = reportsTo.get(email) ?? null;
  while (current !== null && !visited.has(current)) {
    if (current === email) return true;
    visited.add(current);
    current = reportsTo.get(current) ?? null;
  }
  return false;
}
