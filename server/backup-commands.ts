import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { backUpPostgres } from "~/platform/backup/back-up-postgres.server";
import { backUpSqlite } from "~/platform/backup/back-up-sqlite.server";
import { BackupError } from "~/platform/backup/backup-error.server";
import {
  type BackupKind,
  backupFileName,
  detectBackupKind,
  fileStamp,
} from "~/platform/backup/backup-files.server";
import { restorePostgres } from "~/platform/backup/restore-postgres.server";
import { restoreSqlite } from "~/platform/backup/restore-sqlite.server";
import { copySecretsBeside, restoreSecretsBeside } from "~/platform/backup/secrets-beside-backup.server";
import { loadConfig } from "~/platform/config/load-config.server";
import { openDatabase, prepareDatabase } from "./create-services";

const ENGINE_NAMES: Record<BackupKind, string> = { sqlite: "SQLite", postgres: "PostgreSQL" };

/** `npm run backup [-- <folder>]`: the configured database (and the secrets) into a timestamped file. */
export async function backUp(args: string[]): Promise<void> {
  const config = loadConfig();
  const folder = path.resolve(args[0] ?? path.join(config.dataDir, "backups"));
  const target = path.join(folder, backupFileName(config.database.kind, new Date()));
  if (config.database.kind === "sqlite") {
    await backUpSqlite({ file: config.database.file, target });
  } else {
    await backUpPostgres({ url: config.database.url, target });
  }
  const secrets = copySecretsBeside(config.dataDir, target);
  const lines = [`Backed up the ${ENGINE_NAMES[config.database.kind]} database to ${target}`];
  if (secrets) {
    lines.push(
      `and the secrets to ${secrets}: keep the two together. Without the secrets file the backup is useless once texts are encrypted at rest, and everyone must sign in again.`,
    );
  }
  if (process.env.SESSION_SECRET) {
    lines.push(
      "SESSION_SECRET is set in the environment, so it is not in the backup: keep it safe with the backup.",
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** `npm run restore -- <file>`: the backup in place of the configured database, then migrations. */
export async function restore(args: string[]): Promise<void> {
  const given = args[0];
  if (!given) throw new BackupError("Name the backup to restore: npm run restore -- <file>.");
  const backupFile = path.resolve(given);
  if (!existsSync(backupFile) || !statSync(backupFile).isFile()) {
    throw new BackupError(`Backup file not found: ${backupFile}.`);
  }
  const kind = detectBackupKind(backupFile);
  if (!kind) {
    throw new BackupError(
      `${backupFile} is not a Lederdialog backup (neither an SQLite database nor a pg_dump custom-format archive).`,
    );
  }
  const config = loadConfig();
  if (kind !== config.database.kind) {
    throw new BackupError(
      kind === "sqlite"
        ? `${backupFile} is an SQLite backup, but DATABASE_URL selects PostgreSQL: unset DATABASE_URL to restore it into the embedded SQLite database.`
        : `${backupFile} is a PostgreSQL backup, but no DATABASE_URL is set (the embedded SQLite database is configured): set DATABASE_URL to the database to restore it into.`,
    );
  }

  const stamp = fileStamp(new Date());
  const lines: string[] = [];
  if (config.database.kind === "sqlite") {
    const { previous } = restoreSqlite({ backupFile, file: config.database.file, stamp });
    lines.push(`Restored ${backupFile} into ${config.database.file}.`);
    if (previous) lines.push(`The database it replaced is kept as ${previous}.`);
  } else {
    await restorePostgres({ backupFile, url: config.database.url });
    lines.push(`Restored ${backupFile} into the PostgreSQL database in DATABASE_URL.`);
  }
  const secrets = restoreSecretsBeside(config.dataDir, backupFile, stamp);
  if (secrets.kind === "restored") {
    lines.push(
      `Restored the secrets that were backed up with it${secrets.previous ? ` (the replaced file is kept as ${secrets.previous})` : ""}.`,
    );
  } else if (secrets.kind === "missing") {
    lines.push(`No secrets file beside the backup (${secrets.expected}): the current secrets stay.`);
  }

  const db = await openDatabase(config);
  const { applied } = await prepareDatabase(db, config);
  await db.destroy();
  lines.push(applied.length ? `Migrated: ${applied.join(", ")}` : "The database is up to date.");
  process.stdout.write(`${lines.join("\n")}\n`);
}
