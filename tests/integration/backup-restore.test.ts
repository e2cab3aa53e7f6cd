import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createUser } from "~/platform/auth/users.server";
import { secretsBesideBackup } from "~/platform/backup/backup-files.server";
import { secretsFilePath } from "~/platform/config/secrets-file.server";
import { createDatabase } from "~/platform/db/create-database.server";
import type { DB } from "~/platform/db/database.server";
import { migrateToLatest } from "~/platform/db/migrate.server";
import { runLauncher } from "../support/app-process";
import {
  createTestDatabase,
  postgresTestUrl,
  type TestDatabase,
  testTextCipher,
  testTextKeyBase64,
} from "../support/test-database";

// `npm run backup` and `npm run restore` through the real launcher, on real engines.

const KEY = "note:goals";

async function writeLeader(db: DB, email: string, body: string) {
  const organisation = await ensureDefaultOrganisation(db);
  const user = await createUser(db, {
    organisationId: organisation.id,
    email,
    name: "Bodil Backup",
    passwordHash: null,
    roles: ["leader"],
  });
  const cycle = await ensureActiveCycle(db, user);
  await saveCycleText(db, { cycle, key: KEY, body });
  return cycle;
}

async function readText(db: DB, cycleId: string): Promise<string | undefined> {
  return (await findCycleTexts(db, cycleId))[KEY]?.body;
}

function backupFileIn(stdout: string): string {
  const file = stdout.match(/database to (\S+\.(sqlite|pgdump))\n/)?.[1];
  if (!file) throw new Error(`no backup file named in: ${stdout}`);
  return file;
}

function expectOneLineError(result: { code: number | null; stderr: string }, text: string | RegExp) {
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(text);
  expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
}

describe("backup and restore on SQLite", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-backup-"));
  // The app is given the test run's text key, so what the test writes is what the app can open.
  const env = { DATA_DIR: dataDir, TEXT_ENCRYPTION_KEY: testTextKeyBase64 };
  const file = path.join(dataDir, "lederdialog.sqlite");
  let db: DB;
  let backupFile: string;

  beforeAll(async () => {
    db = createDatabase({ kind: "sqlite", file }, testTextCipher);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("backs up while the database is open, and restore brings changed and deleted texts back", async () => {
    const kept = await writeLeader(db, "kept@kommune.dk", "Det jeg skrev før backuppen");
    const deleted = await writeLeader(db, "deleted@kommune.dk", "Den her tekst bliver slettet");

    const backup = await runLauncher("backup", env);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    backupFile = backupFileIn(backup.stdout);
    expect(path.dirname(backupFile)).toBe(path.join(dataDir, "backups"));
    expect(path.basename(backupFile)).toMatch(/^lederdialog-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
    // Private texts and secrets: readable by the owner only.
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const keptSecrets = secretsBesideBackup(backupFile);
    expect(readFileSync(keptSecrets, "utf8")).toBe(readFileSync(secretsFilePath(dataDir), "utf8"));
    expect(statSync(keptSecrets).mode & 0o777).toBe(0o600);
    expect(backup.stdout).toContain("keep the two together");

    await saveCycleText(db, { cycle: kept, key: KEY, body: "Overskrevet efter backuppen" });
    await db.deleteFrom("cycle_texts").where("cycle_id", "=", deleted.id).execute();

    // The app (here: this open connection) still has the file: the restore refuses, nothing changes.
    const refused = await runLauncher("restore", env, [backupFile]);
    expectOneLineError(refused, /in use \(is Lederdialog running\?\)/);
    expect(await readText(db, kept.id)).toBe("Overskrevet efter backuppen");

    await db.destroy();
    writeFileSync(secretsFilePath(dataDir), `${JSON.stringify({ sessionSecret: "s".repeat(40) })}\n`);
    const restored = await runLauncher("restore", env, [backupFile]);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("The database is up to date.");

    db = createDatabase({ kind: "sqlite", file }, testTextCipher);
    expect(await readText(db, kept.id)).toBe("Det jeg skrev før backuppen");
    expect(await readText(db, deleted.id)).toBe("Den her tekst bliver slettet");
    expect(readFileSync(secretsFilePath(dataDir), "utf8")).toBe(readFileSync(keptSecrets, "utf8"));

    // What was replaced is kept, complete (its write-ahead log folded in).
    const previous = restored.stdout.match(/kept as (\S+\.before-restore)\./)?.[1] ?? "";
    expect(existsSync(previous)).toBe(true);
    const before = createDatabase({ kind: "sqlite", file: previous }, testTextCipher);
    expect(await readText(before, kept.id)).toBe("Overskrevet efter backuppen");
    await before.destroy();
  });

  it("refuses a damaged backup and leaves the database as it was", async () => {
    const damaged = path.join(dataDir, "damaged.sqlite");
    copyFileSync(backupFile, damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6); // a few pages of garbage; the header stays
    writeFileSync(damaged, bytes);
    const untouched = await writeLeader(db, "untouched@kommune.dk", "Står her stadig efter forsøget");
    await db.destroy();
    const result = await runLauncher("restore", env, [damaged]);
    expectOneLineError(result, /damaged/);
    db = createDatabase({ kind: "sqlite", file }, testTextCipher);
    // The row written just before the refused restore is still there, word for word.
    expect(await readText(db, untouched.id)).toBe("Står her stadig efter forsøget");
    expect(existsSync(`${file}.restoring`)).toBe(false);
  });

  it("writes into a folder given on the command line", async () => {
    const folder = path.join(dataDir, "elsewhere");
    const result = await runLauncher("backup", env, [folder]);
    expect(result.code).toBe(0);
    expect(path.dirname(backupFileIn(result.stdout))).toBe(folder);
  });

  it("says in one line what is wrong: no file named, a missing file, no backup, the wrong engine", async () => {
    expectOneLineError(await runLauncher("restore", env), /Name the backup to restore/);
    expectOneLineError(await runLauncher("restore", env, [path.join(dataDir, "nope.sqlite")]), /not found/);
    const notBackup = path.join(dataDir, "notes.txt");
    writeFileSync(notBackup, "not a database");
    expectOneLineError(await runLauncher("restore", env, [notBackup]), /is not a Lederdialog backup/);
    const pgDump = path.join(dataDir, "other.pgdump");
    writeFileSync(pgDump, "PGDMP\u0001\u000e\u0000");
    expectOneLineError(
      await runLauncher("restore", env, [pgDump]),
      /is a PostgreSQL backup, but no DATABASE_URL is set/,
    );
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-backup-empty-"));
    expectOneLineError(await runLauncher("backup", { DATA_DIR: emptyDir }), /no SQLite database to back up/);
    rmSync(emptyDir, { recursive: true, force: true });
  });
});

describe.skipIf(!postgresTestUrl)("backup and restore on PostgreSQL", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-backup-pg-"));
  let database: TestDatabase;
  let env: Record<string, string>;
  let db: DB;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    db = database.db;
    env = { DATA_DIR: dataDir, DATABASE_URL: database.location, TEXT_ENCRYPTION_KEY: testTextKeyBase64 };
  });
  afterAll(async () => {
    await db.destroy();
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("backs up with pg_dump and restores over changes, deletions and a table added later", async () => {
    const kept = await writeLeader(db, "kept@kommune.dk", "Det jeg skrev før backuppen");
    const deleted = await writeLeader(db, "deleted@kommune.dk", "Den her tekst bliver slettet");

    const backup = await runLauncher("backup", env);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    const backupFile = backupFileIn(backup.stdout);
    expect(backupFile).toMatch(/\.pgdump$/);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(existsSync(secretsBesideBackup(backupFile))).toBe(true);

    await saveCycleText(db, { cycle: kept, key: KEY, body: "Overskrevet efter backuppen" });
    await db.deleteFrom("cycle_texts").where("cycle_id", "=", deleted.id).execute();
    await sql`create table added_later (id text primary key)`.execute(db);

    const refused = await runLauncher("restore", env, [backupFile]);
    expectOneLineError(refused, /other connection\(s\) to the database are open/);

    await db.destroy();
    const restored = await runLauncher("restore", env, [backupFile]);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);

    db = createDatabase({ kind: "postgres", url: database.location }, testTextCipher);
    expect(await readText(db, kept.id)).toBe("Det jeg skrev før backuppen");
    expect(await readText(db, deleted.id)).toBe("Den her tekst bliver slettet");
    const { rows } = await sql<{ name: string }>`select tablename as name from pg_tables
      where schemaname = 'public' and tablename = 'added_later'`.execute(db);
    expect(rows).toEqual([]);
  });

  it("a restore that fails halfway changes nothing", async () => {
    // A sequence is not a table, so the restore's clean-up leaves it, and the archive's own
    // CREATE SEQUENCE then fails in the middle of the restore.
    await sql`create sequence standing_in_the_way`.execute(db);
    const cycle = await writeLeader(db, "halfway@kommune.dk", "Før");
    const backupFile = backupFileIn((await runLauncher("backup", env)).stdout);
    await saveCycleText(db, { cycle, key: KEY, body: "Efter" });
    await db.destroy();

    const result = await runLauncher("restore", env, [backupFile]);
    expectOneLineError(result, /psql failed: .*standing_in_the_way.*already exists/);

    db = createDatabase({ kind: "postgres", url: database.location }, testTextCipher);
    expect(await readText(db, cycle.id)).toBe("Efter");
    await sql`drop sequence standing_in_the_way`.execute(db);
  });

  it("refuses an SQLite backup when DATABASE_URL selects PostgreSQL", async () => {
    const sqliteFile = path.join(dataDir, "other.sqlite");
    writeFileSync(sqliteFile, Buffer.concat([Buffer.from("SQLite format 3\0", "latin1"), Buffer.alloc(100)]));
    expectOneLineError(
      await runLauncher("restore", env, [sqliteFile]),
      /is an SQLite backup, but DATABASE_URL selects PostgreSQL/,
    );
  });
});
