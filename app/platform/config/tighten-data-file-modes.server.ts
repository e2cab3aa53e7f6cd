import { chmodSync, existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";

/** The folders inside DATA_DIR that the app writes: mails with live links, and full backups. */
const PRIVATE_FOLDERS = ["outbox", "backups"];
/** What SQLite keeps beside the database file while it is open (or after a crash). */
const SQLITE_COMPANIONS = ["", "-wal", "-shm", "-journal"];

/**
 * Only the app's own user may read its data (issue 13, decision 026): the data folder and its
 * folders 0700, every file in them — the SQLite database and its WAL and SHM, secrets.json, the
 * outbox's mails, the backups — 0600. Files made before this rule, copied in or loosened by hand
 * are tightened here at start, and each change is logged with the path and the mode it had. Runs
 * before the database is opened (SQLite gives its WAL and SHM the database file's mode) and again
 * once it has been written to.
 */
export function tightenDataFileModes(options: { dataDir: string; sqliteFile?: string; log: Logger }): void {
  const { dataDir, log } = options;
  if (existsSync(dataDir)) {
    // A shared folder (sticky bit, like /tmp) is not the app's to close: say so instead.
    if (statSync(dataDir).mode & 0o1000) {
      log.warn({ path: dataDir }, "DATA_DIR is a shared folder; give the app a folder of its own");
    } else {
      tightenMode(dataDir, log);
    }
    for (const name of readdirSync(dataDir)) {
      const entry = path.join(dataDir, name);
      const stat = lstatSync(entry);
      if (stat.isFile()) tightenMode(entry, log);
      if (stat.isDirectory() && PRIVATE_FOLDERS.includes(name)) {
        tightenMode(entry, log);
        for (const file of readdirSync(entry)) {
          if (lstatSync(path.join(entry, file)).isFile()) tightenMode(path.join(entry, file), log);
        }
      }
    }
  }
  // SQLITE_FILE may lie outside DATA_DIR.
  for (const suffix of options.sqliteFile ? SQLITE_COMPANIONS : []) {
    const file = `${options.sqliteFile}${suffix}`;
    if (existsSync(file) && lstatSync(file).isFile()) tightenMode(file, log);
  }
}

/** Takes away every right of the group and of others (0644 → 0600, 0755 → 0700). */
function tightenMode(target: string, log: Logger): void {
  const mode = statSync(target).mode & 0o7777;
  const tightened = mode & 0o700;
  if (mode === tightened) return;
  try {
    chmodSync(target, tightened);
    log.warn(
      { path: target, oldMode: octal(mode), newMode: octal(tightened) },
      "others could reach this data file or folder: its mode is tightened",
    );
  } catch (error) {
    log.warn(
      { path: target, oldMode: octal(mode), error: String(error) },
      "could not tighten a data file's mode",
    );
  }
}

const octal = (mode: number) => `0${mode.toString(8)}`;
