import path from "node:path";
import { sql } from "kysely";
import pino from "pino";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createSessionCookie } from "~/platform/auth/session-cookie.server";
import type { Config } from "~/platform/config/config-types.server";
import { tightenDataFileModes } from "~/platform/config/tighten-data-file-modes.server";
import { createBackgroundWork } from "~/platform/context/background-work.server";
import type { AppServices } from "~/platform/context/context.server";
import { createTextCipher } from "~/platform/crypto/text-cipher.server";
import { createDatabase } from "~/platform/db/create-database.server";
import type { DB } from "~/platform/db/database.server";
import { errorMessage } from "~/platform/db/error-message.server";
import { migrateToLatest } from "~/platform/db/migrate.server";
import { sealAllTexts } from "~/platform/db/seal-all-texts.server";
import { createMailer } from "~/platform/mail/mailer.server";

export class StartupError extends Error {
  override name = "StartupError";
}

/** Opens the database and checks that it answers; one clear error when it does not. */
export async function openDatabase(config: Config): Promise<DB> {
  const db = createDatabase(config.database, createTextCipher(config.textEncryption));
  try {
    await sql`select 1`.execute(db);
    return db;
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StartupError(
      `Could not open the database (${describeDatabase(config)}): ${errorMessage(error)}`,
    );
  }
}

/**
 * Brings the schema up to date, makes sure the default organisation exists, and seals the texts
 * that are not sealed with the current key (from before encryption, or after a key rotation).
 */
export async function prepareDatabase(
  db: DB,
  config: Config,
): Promise<{ applied: string[]; resealed: number }> {
  try {
    const applied = await migrateToLatest(db);
    await ensureDefaultOrganisation(db);
    const resealed = await sealAllTexts(db, createTextCipher(config.textEncryption));
    return { applied, resealed };
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StartupError(
      `Could not migrate the database (${describeDatabase(config)}): ${errorMessage(error)}`,
    );
  }
}

/** Opens the database, migrates it and wires the services every request gets. */
export async function createServices(config: Config): Promise<AppServices> {
  const log = pino({ level: config.logLevel, base: undefined });
  const files = {
    dataDir: config.dataDir,
    sqliteFile: config.database.kind === "sqlite" ? config.database.file : undefined,
    log,
  };
  tightenDataFileModes(files);
  const db = await openDatabase(config);
  const { applied, resealed } = await prepareDatabase(db, config);
  // By now SQLite has made its WAL and SHM files (with the database file's mode): checked again.
  tightenDataFileModes(files);
  if (applied.length > 0) log.info({ applied }, "database migrated");
  if (resealed > 0) log.info({ resealed }, "texts sealed with the current key");
  return {
    config,
    db,
    log,
    background: createBackgroundWork(log),
    mailer: createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      publicUrl: config.publicUrl,
      outboxDir: path.join(config.dataDir, "outbox"),
      log,
    }),
    sessionCookie: createSessionCookie({
      secret: config.sessionSecret,
      isSecure: config.publicUrl.protocol === "https:",
    }),
  };
}

function describeDatabase(config: Config): string {
  if (config.database.kind === "sqlite") return `SQLite file ${config.database.file}`;
  const url = new URL(config.database.url);
  return `DATABASE_URL, PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
