import { randomUUID } from "node:crypto";

/** Text ids generated in the app: the same on SQLite and PostgreSQL (no auto-increment dialects). */
export function newId(): string {
  return randomUUID();
}
