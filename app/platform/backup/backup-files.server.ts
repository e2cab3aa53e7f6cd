import { closeSync, openSync, readSync } from "node:fs";

export type BackupKind = "sqlite" | "postgres";

const EXTENSIONS: Record<BackupKind, string> = { sqlite: ".sqlite", postgres: ".pgdump" };

/** A time stamp for file names: sorts by time and is safe on every file system. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, "-");
}

/** `lederdialog-2026-05-14T10-15-30-123Z.sqlite` (or `.pgdump`). */
export function backupFileName(kind: BackupKind, at: Date): string {
  return `lederdialog-${fileStamp(at)}${EXTENSIONS[kind]}`;
}

/** The secrets file kept beside a backup: `lederdialog-….secrets.json`. */
export function secretsBesideBackup(backupFile: string): string {
  return backupFile.replace(/(\.sqlite|\.pgdump)?$/, ".secrets.json");
}

const SQLITE_HEADER = "SQLite format 3\0";
const PG_DUMP_HEADER = "PGDMP";

/** Which engine a backup file is for, read from its first bytes; undefined for anything else. */
export function detectBackupKind(file: string): BackupKind | undefined {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString("latin1");
  if (text === SQLITE_HEADER) return "sqlite";
  if (text.startsWith(PG_DUMP_HEADER)) return "postgres";
  return undefined;
}
