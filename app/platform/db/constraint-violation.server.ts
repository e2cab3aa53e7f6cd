// The two engines report a broken constraint differently; this is the one place that knows how.
// PostgreSQL gives an SQLSTATE (`code`), better-sqlite3 an extended result code name (`code`).

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

/** A unique or primary-key constraint refused the write (usually: someone got there first). */
export function isUniqueViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** A foreign key refused the write (a row still points at what was deleted, or at nothing). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}
