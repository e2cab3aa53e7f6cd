import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { createTextCipher } from "~/platform/crypto/text-cipher.server";
import { createDatabase } from "~/platform/db/create-database.server";
import { errorMessage } from "~/platform/db/error-message.server";
import { BackupError } from "./backup-error.server";

export interface PostgresFacts {
  serverMajorVersion: number;
  /** Other sessions on the same database: the app, another tool, a colleague's psql. */
  otherConnections: number;
}

/** What a backup or restore must know before it starts; one clear line when the server is not there. */
export async function readPostgresFacts(url: string): Promise<PostgresFacts> {
  // This connection reads no texts: a key of its own is enough (and no handle is made without one).
  const db = createDatabase(
    { kind: "postgres", url },
    createTextCipher({ current: randomBytes(32), old: [] }),
  );
  try {
    const { rows } = await sql<{ version: string; others: string }>`
      select current_setting('server_version_num') as version,
             (select count(*) from pg_stat_activity
               where datname = current_database() and pid <> pg_backend_pid()
                 and backend_type = 'client backend') as others`.execute(db);
    return {
      serverMajorVersion: Math.floor(Number(rows[0]?.version) / 10_000),
      otherConnections: Number(rows[0]?.others),
    };
  } catch (error) {
    const where = new URL(url);
    throw new BackupError(
      `Could not connect to DATABASE_URL (PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}): ${errorMessage(error)}`,
    );
  } finally {
    await db.destroy();
  }
}
