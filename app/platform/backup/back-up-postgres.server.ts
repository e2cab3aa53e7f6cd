import { renameSync, rmSync } from "node:fs";
import { BackupError } from "./backup-error.server";
import { pgConnection, pgToolMajorVersion, startPgTool } from "./pg-tools.server";
import { readPostgresFacts } from "./postgres-facts.server";
import { createPrivateFile } from "./private-file.server";

/**
 * Dumps the PostgreSQL database with pg_dump in its custom format (compressed; pg_restore reads it).
 * pg_dump reads everything in one snapshot, so the dump is consistent while the app runs.
 */
export async function backUpPostgres(options: { url: string; target: string }): Promise<void> {
  const [facts, toolVersion] = await Promise.all([
    readPostgresFacts(options.url),
    pgToolMajorVersion("pg_dump"),
  ]);
  if (toolVersion < facts.serverMajorVersion) {
    throw new BackupError(
      `pg_dump ${toolVersion} cannot back up PostgreSQL ${facts.serverMajorVersion}: install the client tools for ${facts.serverMajorVersion} (Debian: apt-get install postgresql-client-${facts.serverMajorVersion}).`,
    );
  }
  const partial = `${options.target}.partial`;
  createPrivateFile(partial);
  const { dbname, env } = pgConnection(options.url);
  try {
    await startPgTool("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], { env })
      .done;
    renameSync(partial, options.target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
