import { randomBytes } from "node:crypto";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { createTextCipher } from "~/platform/crypto/text-cipher.server";
import { createDatabase } from "~/platform/db/create-database.server";
import type { DB } from "~/platform/db/database.server";
import { migrateToLatest } from "~/platform/db/migrate.server";

export type Dialect = "sqlite" | "postgres";

/**
 * The text key of this test run: every test database seals with it, as the app does with its own,
 * and an app process started on a test database is given it (TEXT_ENCRYPTION_KEY).
 */
const testTextKey = randomBytes(32);
export const testTextKeyBase64 = testTextKey.toString("base64");
export const testTextCipher = createTextCipher({ current: testTextKey, old: [] });

/**
 * PostgreSQL runs whenever TEST_DATABASE_URL is set (CI always sets it). Each test file gets its own
 * fresh database on both engines: an in-memory SQLite, and a new PostgreSQL database that is dropped
 * afterwards, so runs never see each other's data.
 */
export const postgresTestUrl = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  db: DB;
  dialect: Dialect;
  /** A PostgreSQL URL or SQLite file path that another process (the app server) can open. */
  location: string;
  destroy(): Promise<void>;
}

export async function createTestDatabase(
  dialect: Dialect,
  options: { sqliteFile?: string } = {},
): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const file = options.sqliteFile ?? ":memory:";
    const db = createDatabase({ kind: "sqlite", file }, testTextCipher);
    await migrateToLatest(db);
    return { db, dialect, location: file, destroy: () => db.destroy() };
  }
  if (!postgresTestUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `lederdialog_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: postgresTestUrl, max: 1 }) }),
  });
  await sql.raw(`create database "${name}"`).execute(admin);
  const url = new URL(postgresTestUrl);
  url.pathname = `/${name}`;
  const db = createDatabase({ kind: "postgres", url: url.href }, testTextCipher);
  await migrateToLatest(db);
  return {
    db,
    dialect,
    location: url.href,
    async destroy() {
      await db.destroy();
      await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}

/** The dialects this run covers; PostgreSQL is skipped, loudly, when no test URL is set. */
export const dialects: Dialect[] = postgresTestUrl ? ["sqlite", "postgres"] : ["sqlite"];

/**
 * `describeEachDialect("sessions", (getDb) => { it(...) })`: the same tests on SQLite and PostgreSQL,
 * each with a fresh, migrated database for the file.
 */
export function describeEachDialect(name: string, body: (getDb: () => DB, dialect: Dialect) => void): void {
  for (const dialect of ["sqlite", "postgres"] as const) {
    const isSkipped = !dialects.includes(dialect);
    (isSkipped ? describe.skip : describe)(`${name} [${dialect}]`, () => {
      let testDb: TestDatabase | undefined;
      beforeAll(async () => {
        testDb = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await testDb?.destroy();
      });
      body(() => {
        if (!testDb) throw new Error("test database not ready");
        return testDb.db;
      }, dialect);
    });
  }
}
