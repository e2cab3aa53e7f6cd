import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/features/account/password.server";
import { MAX_IMPORT_ROWS } from "~/features/organisation/people-csv.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { BENCH_PASSWORD, seedBenchOrganisation } from "../../server/seeding/seed-bench-organisation";
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
/** Every page's HTML at most this, whatever the organisation (issue 16). */
const MOST_BYTES = 200 * 1024;

type Account = "adminEmail" | "hrEmail" | "chiefEmail" | "directorEmail";

/**
 * The organisation's pages, each as the person whose page it is. A search is listed only where
 * the small organisation already fills a page (200 leaders match "leder"), so both show a full one.
 */
const PAGES: { path: string; as: Account }[] = [
  { path: "/admin", as: "adminEmail" },
  { path: "/admin?q=leder", as: "adminEmail" },
  { path: "/admin/enheder", as: "adminEmail" },
  { path: "/mine-ledere", as: "chiefEmail" },
  // A director who is the nearest leader, by the reporting line, of every leader outside team 1.
  { path: "/mine-ledere", as: "directorEmail" },
  { path: "/udrul", as: "hrEmail" },
  { path: "/tal", as: "hrEmail" },
  { path: "/tal?enhed=$forvaltning", as: "hrEmail" },
];

const DIRECTOR_EMAIL = "direktoer@bench.lederdialog.dk";

/**
 * The bench organisation's leaders all have a chief of fifty; a director whose reporting lines
 * grow with the organisation is what makes the leaders-of-leaders overview long. Their dialogues
 * stay with the chief who accepted them (the director sees names only, decision 029).
 */
async function addDirector(db: DB): Promise<void> {
  const organisation = await db.selectFrom("organisations").select("id").executeTakeFirstOrThrow();
  const at = nowDbTime();
  const id = newId();
  await db
    .insertInto("users")
    .values({
      id,
      organisation_id: organisation.id,
      email: DIRECTOR_EMAIL,
      name: "Bench Direktør",
      password_hash: await hashPassword(BENCH_PASSWORD),
      locale: "da",
      is_active: 1,
      email_verified_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("user_roles")
    .values({ organisation_id: organisation.id, user_id: id, role: "leader", created_at: at })
    .execute();
  const firstChief = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", "chef1@bench.lederdialog.dk")
    .executeTakeFirstOrThrow();
  await db
    .updateTable("users")
    .set({ nearest_leader_id: id })
    .where("email", "like", "leder%")
    .where("nearest_leader_id", "!=", firstChief.id)
    .execute();
}

interface Organisation {
  app: AppProcess;
  clients: Record<Account, AppClient>;
  /** The first top-level unit ("Forvaltning 1"), whose leaders grow with the organisation. */
  forvaltningId: string;
  cleanUp(): Promise<void>;
}

async function startOrganisation(dialect: "sqlite" | "postgres", leaders: number): Promise<Organisation> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `lederdialog-page-size-${leaders}-`));
  const database = await createTestDatabase(dialect, {
    sqliteFile: path.join(dataDir, "lederdialog.sqlite"),
  });
  const accounts = {
    ...(await seedBenchOrganisation(database.db, { leaders })),
    directorEmail: DIRECTOR_EMAIL,
  };
  await addDirector(database.db);
  const forvaltning = await database.db
    .selectFrom("units")
    .select("id")
    .where("path", "=", "Forvaltning 1")
    .executeTakeFirstOrThrow();
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
    directorEmail: await signedIn("directorEmail"),
  };
  return {
    app,
    clients,
    forvaltningId: forvaltning.id,
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

async function postedBytes(
  client: AppClient,
  pagePath: string,
  body: FormData | Record<string, string>,
  status: number,
): Promise<{ bytes: number; html: string }> {
  const response = await client.post(pagePath, body);
  const html = await response.text();
  expect(response.status, `${pagePath}: ${html.slice(0, 300)}`).toBe(status);
  return { bytes: Buffer.byteLength(html), html };
}

/**
 * A people file of `rows` rows for the bench organisation: the first half of its leaders again
 * (every other one renamed), the rest new people; with `errors`, every tenth row has a bad address.
 */
function peopleFile(rows: number, options: { errors?: boolean } = {}): FormData {
  const lines = ["Navn;E-mail;Enhed;Nærmeste leder;Roller"];
  const existing = Math.min(100, Math.floor(rows / 2));
  for (let index = 1; index <= rows; index++) {
    const isExisting = index <= existing;
    const email =
      options.errors && index % 10 === 0
        ? `ikke-en-mail-${index}`
        : isExisting
          ? `leder${index}@bench.lederdialog.dk`
          : `ny${index}@bench.lederdialog.dk`;
    const name = isExisting
      ? index % 2 === 0
        ? `Leder ${index} Omdøbt`
        : `Leder ${index}`
      : `Ny Person ${index}`;
    lines.push(`${name};${email};Forvaltning 1 / Afdeling 1 / Team 1;;leder`);
  }
  const form = new FormData();
  form.append("intent", "check");
  form.append("file", new Blob([`${lines.join("\r\n")}\r\n`], { type: "text/csv" }), "personer.csv");
  return form;
}

function expectBounded(label: string, smallBytes: number, largeBytes: number): void {
  expect(largeBytes, `${label}: ${smallBytes} bytes → ${largeBytes} bytes`).toBeLessThanOrEqual(
    smallBytes * MOST_GROWTH,
  );
  expect(largeBytes, `${label}: ${largeBytes} bytes`).toBeLessThanOrEqual(MOST_BYTES);
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
      it(`${page.path} as ${page.as} is about as large for ${LARGE} leaders as for ${SMALL}`, async () => {
        const pathIn = (organisation: Organisation) =>
          page.path.replace("$forvaltning", organisation.forvaltningId);
        const smallBytes = await htmlBytes(small.clients[page.as], pathIn(small));
        const largeBytes = await htmlBytes(large.clients[page.as], pathIn(large));
        expectBounded(page.path, smallBytes, largeBytes);
      });
    }

    it(`the roll-out's recipients for a unit are about as long for ${LARGE} leaders as for ${SMALL}`, async () => {
      const preview = (organisation: Organisation) =>
        postedBytes(organisation.clients.hrEmail, "/udrul", { unitId: organisation.forvaltningId }, 200);
      const smallPreview = await preview(small);
      const largePreview = await preview(large);
      // The total is counted in full; only the names are a page.
      expect(largePreview.html).toContain(`${(LARGE + LARGE / 50).toLocaleString("da-DK")} ledere`);
      expectBounded("/udrul preview", smallPreview.bytes, largePreview.bytes);
    });

    for (const errors of [false, true]) {
      // The largest file the import takes (a municipality's whole staff), not only the bench's 10,000.
      it(`an import preview ${errors ? "with errors " : ""}of ${MAX_IMPORT_ROWS} rows is about as large as one of 200`, {
        timeout: 120_000,
      }, async () => {
        const admin = small.clients.adminEmail;
        const status = errors ? 422 : 200;
        const few = await postedBytes(admin, "/admin/import", peopleFile(200, { errors }), status);
        const many = await postedBytes(
          admin,
          "/admin/import",
          peopleFile(MAX_IMPORT_ROWS, { errors }),
          status,
        );
        expectBounded("/admin/import preview", few.bytes, many.bytes);
        // The file stays on the server: the page carries no row beyond its first page.
        expect(many.html).not.toContain(`Ny Person ${MAX_IMPORT_ROWS - 1}`);
      });
    }
  });
}
