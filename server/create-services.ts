import path from "node:path";
import { sql } from "kysely";
import pino from "pino";
import { createSessionCookie } from "~/.server/auth/session-cookie";
import type { Config } from "~/.server/config";
import type { AppServices } from "~/.server/context";
import { createDatabase } from "~/.server/db/create-database";
import { migrateToLatest } from "~/.server/db/migrate";
import { createMailer } from "~/.server/mail/mailer";
import { ensureDefaultOrganisation } from "~/.server/organisations/ensure-default-organisation";

export class StartupError extends Error {
  override name = "StartupError";
}

/** Opens the database, migrates it and wires the services every request gets. */
export async function createServices(config: Config): Promise<AppServices> {
  const log = pino({ level: config.logLevel, base: undefined });
  const db = createDatabase(config.database);
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StartupError(
      `Could not open the database (${describeDatabase(config)}): ${errorMessage(error)}`,
    );
  }
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) log.info({ applied }, "database migrated");
    await ensureDefaultOrganisation(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StartupError(
      `Could not migrate the database (${describeDatabase(config)}): ${errorMessage(error)}`,
    );
  }
  return {
    config,
    db,
    log,
    mailer: createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
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

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
