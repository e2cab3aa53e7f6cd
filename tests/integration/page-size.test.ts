import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_PASSWORD, seedBenchOrganisation } from "~/.server/bench/seed-bench-organisation";
import { AppClient } from "../support/app-client";
import { type AppProcess, freePort, startApp } from "../support/app-process";
import { createTestDatabase, dialects, testTextKeyBase64 } from "../support/test-database";

// Issue 16: no page may grow with the organisation. The same page, for the same person, in an
// organisation of 200 leaders and in one of 5,000, through the production build on each engine:
// its HTML may differ by a little (longer numbers, a longer name), never by the organisation.

const SMALL = 200;
const LARGE = 5_000;
/** How much larger the large organisation's page may be: numbers and names, not lists. */
const MOST_GROWTH = 1.15;

type Account = "adminEmail" | "hrEmail" | "chiefEmail";

/**
 * The organisation's pages, each as the person whose page it is. A search is listed only where
 * the small organisation already fills a page (200 leaders match "leder"), so both show a full one.
 */
const PAGES: { path: string; as: Account }[] = [
  { path: "/admin", as: "adminEmail" },
  { path: "/admin?q=leder", as: "adminEmail" },
  { path: "/admin/enheder", as: "adminEmail" },
  { path: "/mine-ledere", as: "chiefEmail" },
];

interface Organisation {
  app: AppProcess;
  clients: Record<Account, AppClient>;
  cleanUp(): Promise<void>;
}

async function startOrganisation(dialect: "sqlite" | "postgres", leaders: number): Promise<Organisation> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `lederdialog-page-size-${leaders}-`));
  const database = await createTestDatabase(dialect, {
    sqliteFile: path.join(dataDir, "lederdialog.sqlite"),
  });
  const accounts = await seedBenchOrganisation(database.db, { leaders });
  if (dialect === "sqlite") await database.db.destroy();
  const port = await freePort();
  const app = await startApp({
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TEXT_ENCRYPTION_KEY: testTextKeyBase64,
    REMINDER_INTERVAL_SECONDS: "3600",
    ...(dialect === "postgres" ? { DATABASE_URL: database.location } : {}),
  });
  const signedIn = async (account: Account) =>
    new AppClient(app.baseUrl).signIn(accounts[account], BENCH_PASSWORD);
  const clients = {
    adminEmail: await signedIn("adminEmail"),
    hrEmail: await signedIn("hrEmail"),
    chiefEmail: await signedIn("chiefEmail"),
  };
  return {
    app,
    clients,
    async cleanUp() {
      await app.stop();
      if (dialect === "postgres") await database.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function htmlBytes(client: AppClient, pagePath: string): Promise<number> {
  const response = await client.get(pagePath);
  expect(response.status, pagePath).toBe(200);
  return Buffer.byteLength(await response.text());
}

for (const dialect of dialects) {
  describe(`pages that do not grow with the organisation, on ${dialect}`, () => {
    let small: Organisation;
    let large: Organisation;
    beforeAll(async () => {
      small = await startOrganisation(dialect, SMALL);
      large = await startOrganisation(dialect, LARGE);
    }, 300_000);
    afterAll(async () => {
      await small?.cleanUp();
      await large?.cleanUp();
    });

    for (const page of PAGES) {
      it(`${page.path} is about as large for ${LARGE} leaders as for ${SMALL}`, async () => {
        const smallBytes = await htmlBytes(small.clients[page.as], page.path);
        const largeBytes = await htmlBytes(large.clients[page.as], page.path);
        expect(largeBytes, `${page.path}: ${smallBytes} bytes → ${largeBytes} bytes`).toBeLessThanOrEqual(
          smallBytes * MOST_GROWTH,
        );
      });
    }
  });
}
