import { parse } from "csv-parse/sync";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import { isAccountEmail } from "~/platform/identity/account-email";
import { PERSON_NAME_MAX_LENGTH, UNIT_PATH_MAX_LENGTH } from "./person.schema";
import { UNIT_NAME_MAX_LENGTH } from "./unit.schema";

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
  "nameTooLong",
  "unitTooLong",
  "emailInvalid",
  "duplicateEmail",
  "emailInOtherOrganisation",
  "emailDomainOfOtherOrganisation",
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

/** Something in the file that is left out but does not stop the import: a column we do not read. */
export interface ImportWarning {
  kind: "unknownColumn";
  value: string;
}

export const MAX_IMPORT_ROWS = 20_000;
/** Levels of a unit path at most ("Forvaltning / Område / Afdeling / Team" is four). */
const MAX_UNIT_DEPTH = 10;
/**
 * Lines that are not empty at most, before the file is parsed: two for each row allows a line
 * break inside a quoted cell of every row. A file of millions of short lines was parsed whole and
 * took the process down (issue 16's review: 4,140,000 lines of "a" in 8 MB).
 */
const MAX_IMPORT_LINES = 2 * MAX_IMPORT_ROWS + 1;
/** How much of a value an error or a warning repeats: the preview stays small whatever the file holds. */
const SHOWN_VALUE_LENGTH = 80;

type Column = keyof Omit<PersonRow, "line">;

// The headings the import page shows, their English equivalents and the variants HR files have,
// compared without case, spaces, hyphens, dots, slashes or brackets ("Nærmeste leder (e-mail)").
const COLUMNS: Record<string, Column> = {
  navn: "name",
  fuldtnavn: "name",
  name: "name",
  fullname: "name",
  email: "email",
  mail: "email",
  emailadresse: "email",
  mailadresse: "email",
  emailaddress: "email",
  enhed: "unitPath",
  afdeling: "unitPath",
  unit: "unitPath",
  department: "unitPath",
  nærmesteleder: "nearestLeaderEmail",
  nærmestelederemail: "nearestLeaderEmail",
  nærmestelederemailadresse: "nearestLeaderEmail",
  nærmestelederesemail: "nearestLeaderEmail",
  leder: "nearestLeaderEmail",
  lederemail: "nearestLeaderEmail",
  nearestleader: "nearestLeaderEmail",
  nearestleaderemail: "nearestLeaderEmail",
  manager: "nearestLeaderEmail",
  manageremail: "nearestLeaderEmail",
  roller: "roles",
  rolle: "roles",
  roles: "roles",
  role: "roles",
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

const headingKey = (value: string) =>
  value
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\-._/()[\]:]/g, "");

/**
 * Reads a people file (CSV from Excel: ";" or "," — or a tab in Excel's "Unicode-tekst" — between
 * fields, a heading row) into rows and the errors that can be seen in the file alone. Nothing is
 * imported while any error remains. Line numbers are the file's own lines, as an editor shows them;
 * empty rows (Excel's ";;;;") are skipped.
 */
export function parsePeopleCsv(text: string): {
  rows: PersonRow[];
  errors: ImportError[];
  warnings: ImportWarning[];
} {
  // One kind of line break, so a quoted cell's line breaks count as one line each.
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const firstLine = normalized.split("\n", 1)[0] ?? "";
  const delimiter = delimiterOf(firstLine);
  if (hasMoreFilledLinesThan(normalized, MAX_IMPORT_LINES)) {
    return { rows: [], errors: [{ line: 0, kind: "tooManyRows" }], warnings: [] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ended in the file (csv-parse's types do not say so).
    records = parse(normalized, {
      delimiter,
      // The heading and one row more than may be imported: enough to say there are too many.
      to: MAX_IMPORT_ROWS + 2,
      info: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch {
    return { rows: [], errors: [{ line: 0, kind: "unreadable" }], warnings: [] };
  }
  const [headingRecord, ...bodyRecords] = records;
  const heading = headingRecord?.record ?? [];
  const columns = heading.map((cell) => COLUMNS[headingKey(cell)]);
  const warnings: ImportWarning[] = heading
    .filter((cell, index) => columns[index] === undefined && cell.trim() !== "")
    .map((cell) => ({ kind: "unknownColumn", value: shown(cell.trim()) }));
  if (!columns.includes("name") || !columns.includes("email")) {
    return { rows: [], errors: [{ line: 0, kind: "missingColumns" }], warnings };
  }
  if (bodyRecords.length > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ line: 0, kind: "tooManyRows" }], warnings };
  }
  // csv-parse counts lines up to a record's end; its first line is that minus the breaks inside it.
  const body = bodyRecords.map(({ record, info }) => ({
    record,
    line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
  }));

  const rows: PersonRow[] = [];
  const errors: ImportError[] = [];
  body.forEach(({ record, line }) => {
    const cell = (column: keyof Omit<PersonRow, "line">) => {
      const at = columns.indexOf(column);
      return at === -1 ? "" : (record[at] ?? "").trim();
    };
    const name = cell("name");
    const email = normalizeEmail(cell("email"));
    const leader = cell("nearestLeaderEmail");
    const roleWords = cell("roles")
      .split(/[,;|+]/)
      .map((word) => word.trim())
      .filter((word) => word !== "");
    if (!name) errors.push({ line, kind: "nameRequired" });
    else if (name.length > PERSON_NAME_MAX_LENGTH) errors.push({ line, kind: "nameTooLong" });
    if (!isAccountEmail(email)) errors.push({ line, kind: "emailInvalid", value: shown(cell("email")) });
    if (leader && !isAccountEmail(normalizeEmail(leader)))
      errors.push({ line, kind: "emailInvalid", value: shown(leader) });
    const roles: Role[] = [];
    for (const word of roleWords) {
      const role = ROLE_WORDS[headingKey(word)];
      if (!role) errors.push({ line, kind: "unknownRole", value: shown(word) });
      else if (!roles.includes(role)) roles.push(role);
    }
    const unitNames = cell("unitPath")
      .split("/")
      .map((part) => part.trim())
      .filter((part) => part !== "");
    const unitPath = unitNames.join(" / ");
    // As long and as deep as a unit made by hand may be: no page of units grows with one row.
    if (
      unitNames.length > MAX_UNIT_DEPTH ||
      unitPath.length > UNIT_PATH_MAX_LENGTH ||
      unitNames.some((unitName) => unitName.length > UNIT_NAME_MAX_LENGTH)
    )
      errors.push({ line, kind: "unitTooLong" });
    rows.push({
      line,
      name,
      email,
      unitPath: unitPath || null,
      nearestLeaderEmail: leader ? normalizeEmail(leader) : null,
      roles,
    });
  });
  return { rows, errors, warnings };
}

/** A value as an error or a warning repeats it: its start, with an ellipsis when it is cut. */
function shown(value: string): string {
  return value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
}

/**
 * Whether the text has more than `limit` lines with anything but separators and spaces in them
 * (Excel's ";;;;" rows are skipped by the parser too). It stops counting at the limit, so a file of
 * millions of lines costs no more than one within it.
 */
function hasMoreFilledLinesThan(text: string, limit: number): boolean {
  let filled = 0;
  let start = 0;
  while (start < text.length) {
    const breakAt = text.indexOf("\n", start);
    const end = breakAt === -1 ? text.length : breakAt;
    for (let at = start; at < end; at++) {
      const char = text.charCodeAt(at);
      // Anything but ";", ",", a tab or a space makes the line count.
      if (char !== 59 && char !== 44 && char !== 9 && char !== 32) {
        filled++;
        break;
      }
    }
    if (filled > limit) return true;
    start = end + 1;
  }
  return false;
}

/** The most frequent of ";", "," and tab in the heading line (Excel's Danish CSV uses ";"). */
function delimiterOf(headingLine: string): string {
  const counts = [";", ",", "\t"].map((candidate) => ({
    candidate,
    count: headingLine.split(candidate).length - 1,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).candidate;
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
