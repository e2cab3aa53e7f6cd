import { type Expression, type SqlBool, sql } from "kysely";

/**
 * "The column contains what was searched for", ignoring case the same way on both engines:
 * PostgreSQL's lower() knows Unicode, and SQLite's is replaced by JavaScript's (create-database.server.ts),
 * so "ærø" finds "Ærø" on either. The search is matched literally: % and _ are not wildcards.
 */
export function containsText(column: Expression<string | null>, search: string): Expression<SqlBool> {
  const literal = search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql<SqlBool>`lower(${column}) like ${`%${literal}%`} escape '\\'`;
}
