import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { BackupError } from "./backup-error.server";
import { checkSqliteFile } from "./check-sqlite-file.server";
import { createPrivateFile } from "./private-file.server";

/**
 * Puts an SQLite backup in place of the configured database file. The backup is copied next to the
 * target and checked there first; only then is the current file renamed to `*.before-restore` and the
 * copy renamed into its place, so a failure at any step leaves the current database as it was.
 */
export function restoreSqlite(options: { backupFile: string; file: string; stamp: string }): {
  previous: string | undefined;
} {
  const restoring = `${options.file}.restoring`;
  rmSync(restoring, { force: true });
  createPrivateFile(restoring);
  try {
    copyFileSync(options.backupFile, restoring);
    chmodSync(restoring, 0o600); // the copy takes the backup's mode; the live database stays private
    checkSqliteFile(restoring, path.basename(options.backupFile));
    if (!existsSync(options.file)) {
      renameSync(restoring, options.file);
      return { previous: undefined };
    }
    releaseCurrentFile(options.file);
    const previous = `${options.file}.${options.stamp}.before-restore`;
    renameSync(options.file, previous);
    renameSync(restoring, options.file);
    return { previous };
  } finally {
    rmSync(restoring, { force: true });
  }
}

/**
 * Refuses while another process has the database open, and otherwise folds its write-ahead log into
 * the file, so the renamed `*.before-restore` is complete on its own. Leaving WAL mode needs the only
 * connection: with the app running it fails at once (SQLITE_BUSY).
 */
function releaseCurrentFile(file: string): void {
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("journal_mode = DELETE");
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new BackupError(
        `${file} is in use (is Lederdialog running?): stop the app, then restore. Nothing was changed.`,
      );
    }
    throw error;
  } finally {
    db.close();
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
