import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** Distinct query texts kept; the app has a few hundred, so a full cache is a sign of dynamic SQL. */
const MAX_STATEMENTS = 1_000;

/**
 * better-sqlite3 with each query text prepared once. Kysely's SQLite driver prepares every query
 * anew, and preparing (SQLite's parse and plan) was as costly as running the query itself for the
 * app's small indexed reads (docs/performance.md). Reusing a statement is safe here: Kysely runs one
 * query at a time on its one connection, and a stream keeps that connection until it ends.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
