import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "~/platform/config/config-types.server";
import type { TextCipher } from "~/platform/crypto/text-cipher.server";
import type { DB } from "./database.server";
import { SealTextsPlugin } from "./seal-texts-plugin.server";
import { withStatementCache } from "./statement-cache.server";
import { TurnTakingSqliteDialect } from "./turn-taking-sqlite-dialect.server";

/**
 * The one place where the two engines differ in set-up. Everything above this file uses the same
 * Kysely queries on both (docs/decisions/003).
 */
export function createDatabase(config: DatabaseConfig, cipher: TextCipher): DB {
  // Every handle seals and opens the texts people write (decision 018); none exists without the key.
  const plugins = [new SealTextsPlugin(cipher)];
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // A client that loses its connection (database restarted) must not crash the process: the pool
    // reports idle clients' errors here, and a client in use by a request emits its own 'error' as
    // well as failing the query, which then answers 503 (decision 016). The pool drops broken clients.
    pool.on("error", () => {});
    pool.on("connect", (client) => client.on("error", () => {}));
    return new Kysely({ dialect: new PostgresDialect({ pool }), plugins });
  }
  if (config.file !== ":memory:") {
    // Made by us, for the app's own user only: SQLite gives its WAL and SHM the same mode (decision 026).
    mkdirSync(path.dirname(config.file), { recursive: true, mode: 0o700 });
    closeSync(openSync(config.file, "a", 0o600));
  }
  const sqlite = new SQLite(config.file);
  // WAL lets readers continue while one request writes; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // SQLite's own lower() changes only A–Z; searches (contains-text.server.ts) must fold "Æ" as PostgreSQL does.
  sqlite.function("lower", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? value.toLowerCase() : value,
  );
  return new Kysely({
    dialect: new TurnTakingSqliteDialect({ database: withStatementCache(sqlite) }),
    plugins,
  });
}
