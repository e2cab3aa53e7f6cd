import SQLite from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { TurnTakingSqliteDialect } from "./turn-taking-sqlite-dialect.server";

describe("SQLite taking turns with the event loop", () => {
  it("lets waiting I/O callbacks run before a query, and still answers it", async () => {
    const sqlite = new SQLite(":memory:");
    const order: string[] = [];
    sqlite.function("mark", () => {
      order.push("query");
      return 1;
    });
    const db = new Kysely<Record<string, never>>({
      dialect: new TurnTakingSqliteDialect({ database: sqlite }),
    });
    // Queued like an incoming request's callback, after the query was asked for but before it ran.
    const query = sql<{ one: number }>`select mark() as one`.execute(db);
    setImmediate(() => order.push("waiting callback"));
    expect((await query).rows).toEqual([{ one: 1 }]);
    expect(order).toEqual(["waiting callback", "query"]);
    await db.destroy();
  });
});
