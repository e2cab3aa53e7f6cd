import type { PeopleImportCheck, RowKind } from "./import-people.server";

/** How many of each list the import preview shows: the changes, the errors, the reporting lines. */
export const IMPORT_PREVIEW_ROWS = 50;

/**
 * What the import page shows of a checked file, whatever its size (issue 16): the counts per kind,
 * and only the first page of the rows that change something, of the errors and of the changes of
 * nearest leader. A file of 20,000 rows makes a page as small as one of 200; the file itself waits
 * on the server (people-uploads.server.ts).
 */
export function previewPeopleImport(check: PeopleImportCheck) {
  // A row with an error is counted as an error only, not also as new or changed.
  const wrongLines = new Set(check.errors.map((error) => error.line));
  const counts = { new: 0, changed: 0, unchanged: 0, errors: check.errors.length };
  const changes: (PeopleImportCheck["rows"][number] & { kind: Exclude<RowKind, "unchanged"> })[] = [];
  for (const [index, row] of check.rows.entries()) {
    const kind = check.rowKinds[index];
    if (kind === undefined || wrongLines.has(row.line)) continue;
    counts[kind]++;
    if (kind !== "unchanged" && changes.length < IMPORT_PREVIEW_ROWS) changes.push({ ...row, kind });
  }
  return {
    total: check.rows.length,
    counts,
    changes,
    errors: check.errors.slice(0, IMPORT_PREVIEW_ROWS),
    warnings: check.warnings.slice(0, IMPORT_PREVIEW_ROWS),
    nearestLeaderChanges: check.nearestLeaderChanges.slice(0, IMPORT_PREVIEW_ROWS),
    nearestLeaderChangeCount: check.nearestLeaderChanges.length,
  };
}

export type PeopleImportPreview = ReturnType<typeof previewPeopleImport>;
