import SQLite from "better-sqlite3";
import { errorMessage } from "~/platform/db/error-message.server";
import { BackupError } from "./backup-error.server";

/**
 * Opens a copy of a backup, makes it one self-contained file (no -wal beside it), and checks that
 * SQLite finds it intact and that it is a Lederdialog database. Only a file that passes is ever put
 * in place of the real one.
 */
export function checkSqliteFile(file: string, shownAs: string): void {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${shownAs} cannot be opened as an SQLite database: ${errorMessage(error)}`);
  }
  try {
    db.pragma("journal_mode = DELETE");
    const problems = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const isIntact = problems.length === 1 && problems[0]?.integrity_check === "ok";
    if (!isIntact) {
      throw new BackupError(
        `${shownAs} is damaged (PRAGMA integrity_check: ${problems[0]?.integrity_check ?? "no answer"}).`,
      );
    }
    const migrations = db
      .prepare(
        "select count(*) as count from sqlite_master where type = 'table' and name = 'kysely_migration'",
      )
      .get() as { count: number };
    if (migrations.count !== 1) throw new BackupError(`${shownAs} is not a Lederdialog database.`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${shownAs} is damaged: ${errorMessage(error)}`);
  } finally {
    db.close();
  }
}
