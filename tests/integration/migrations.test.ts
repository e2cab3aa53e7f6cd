import { sql } from "kysely";
import { expect, it } from "vitest";
import { migrateToLatest } from "~/.server/db/migrate";
import { ensureDefaultOrganisation } from "~/.server/organisations/ensure-default-organisation";
import { describeEachDialect } from "../support/test-database";

describeEachDialect("migrations and the default organisation", (getDb) => {
  it("are idempotent: a second migration run applies nothing", async () => {
    expect(await migrateToLatest(getDb())).toEqual([]);
  });

  it("creates the default organisation once, however often start-up asks", async () => {
    const [first, second] = await Promise.all([
      ensureDefaultOrganisation(getDb()),
      ensureDefaultOrganisation(getDb()),
    ]);
    expect(first.id).toBe(second.id);
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from organisations where slug = 'default'`.execute(getDb());
    expect(Number(rows.rows[0]?.n)).toBe(1);
  });
});
