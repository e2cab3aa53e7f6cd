import { existsSync, renameSync, rmSync } from "node:fs";
import SQLite from "better-sqlite3";
import { BackupError } from "./backup-error.server";
import { checkSqliteFile } from "./check-sqlite-file.server";
import { createPrivateFile } from "./private-file.server";

/**
 * Copies the SQLite database with SQLite's online backup API: a consistent snapshot, taken while the
 * app keeps reading and writing (a plain file copy of a WAL database can be torn). The copy is
 * checked before it gets its final name, so a file with that name is always a good backup.
 */
export async function backUpSqlite(options: { file: string; target: string }): Promise<void> {
  if (!existsSync(options.file)) {
    throw new BackupError(`There is no SQLite database to back up at ${options.file}.`);
  }
  const partial = `${options.target}.partial`;
  createPrivateFile(partial);
  try {
    const source = new SQLite(options.file, { fileMustExist: true });
    try {
      await source.backup(partial);
    } finally {
      source.close();
    }
    checkSqliteFile(partial, "The new backup");
    renameSync(partial, options.target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
