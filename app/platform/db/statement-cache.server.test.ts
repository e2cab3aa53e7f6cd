import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache.server";

describe("the SQLite statement cache", () => {
  it("prepares each query text once and runs it again with new parameters", async () => {
    const sqlite = new SQLite(":memory:");
    const cached = withStatementCache(sqlite);
    expect(cached.prepare("select ? as n")).toBe(cached.prepare("select ? as n"));

    const db = new Kysely<{ t: { n: number } }>({ dialect: new SqliteDialect({ database: cached }) });
    await sql`create table t (n integer)`.execute(db);
    for (const n of [1, 2, 3]) await db.insertInto("t").values({ n }).execute();
    const read = (at: number) => db.selectFrom("t").select("n").where("n", ">=", at).orderBy("n").execute();
    expect(await read(2)).toEqual([{ n: 2 }, { n: 3 }]);
    expect(await read(3)).toEqual([{ n: 3 }]);
    // A stream and a later query with the same text take turns on the one connection.
    const streamed: number[] = [];
    for await (const row of db.selectFrom("t").select("n").where("n", ">=", 1).orderBy("n").stream())
      streamed.push(row.n);
    expect(streamed).toEqual([1, 2, 3]);
    expect(await read(1)).toHaveLength(3);
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });
});
