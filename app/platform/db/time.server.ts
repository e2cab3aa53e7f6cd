/**
 * Timestamps are stored as ISO-8601 UTC text on both engines (better-sqlite3 cannot bind Date, and one
 * representation keeps one query path). ISO strings in UTC sort and compare correctly as text.
 */
export function toDbTime(date: Date): string {
  return date.toISOString();
}

export function nowDbTime(): string {
  return toDbTime(new Date());
}

export function fromDbTime(value: string): Date {
  return new Date(value);
}
