import { setImmediate as nextTurnOfEventLoop } from "node:timers/promises";
import {
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

/**
 * Kysely's SQLite dialect, with each query (or transaction) waiting for the event loop's next turn
 * before it runs. better-sqlite3 answers at once, on the server's only thread, so without this a
 * request ran all its queries in one go while requests that had arrived on other connections
 * waited; under load a few of them waited seconds, and more so on a freshly started server. With it,
 * SQLite takes turns with the network as PostgreSQL does. Measured with `npm run bench`
 * (docs/performance.md): the overview's p99 at 50 connections fell from about 3 s to about 1 s,
 * and the autosave went from about 700 to 950 requests a second.
 */
export class TurnTakingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new TurnTakingSqliteDriver(this.#config);
  }
}

class TurnTakingSqliteDriver extends SqliteDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    await nextTurnOfEventLoop();
    return super.acquireConnection();
  }
}
