import type { ServerBuild } from "react-router";
import { createFiguresRefresher } from "~/features/figures/figures-refresher.server";
import { createReminderScheduler } from "~/features/reminders/reminder-scheduler.server";
import { BackupError } from "~/platform/backup/backup-error.server";
import { ConfigError } from "~/platform/config/config-error.server";
import { loadConfig } from "~/platform/config/load-config.server";
import {
  forgetOldTextKeys,
  startStoredTextKeyRotation,
} from "~/platform/config/rotate-stored-text-key.server";
import type { AppServices } from "~/platform/context/context.server";
import { textKeyId } from "~/platform/crypto/text-cipher.server";
import { backUp, restore } from "./backup-commands";
import { createExpressApp } from "./create-express-app";
import { createServices, openDatabase, prepareDatabase, StartupError } from "./create-services";
import { listen } from "./listen";

// The server bundle's entry (vite.config.ts): bin/lederdialog.mjs imports it and calls runCommand.
const loadBuild = (): Promise<ServerBuild> => import("virtual:react-router/server-build");

export type Command = "start" | "migrate" | "demo" | "backup" | "restore" | "rotate-key";

export async function runCommand(
  command: Command,
  options: {
    clientDir: string;
    args?: string[];
    /** `demo`: fills the demo's database before the app listens (server/seeding.ts). */
    seedDemo?: (services: AppServices) => Promise<void>;
  },
): Promise<void> {
  // Whatever the process creates from here on (database, WAL, secrets, mails, backups) is for the
  // app's own user only; the files are also made and checked with explicit modes (decision 026).
  process.umask(0o077);
  try {
    if (command === "migrate") return await migrateOnly();
    if (command === "backup") return await backUp(options.args ?? []);
    if (command === "restore") return await restore(options.args ?? []);
    if (command === "rotate-key") return await rotateTextKey();
    const config = loadConfig(process.env, command === "demo" ? { dataDir: "./data/demo" } : {});
    const services = await createServices(config);
    if (command === "demo") await options.seedDemo?.(services);
    const app = createExpressApp({ services, clientDir: options.clientDir, build: await loadBuild() });
    const reminders = createReminderScheduler(services);
    const figures = createFiguresRefresher(services);
    // The figures are computed before the first request is taken: started after listening, the
    // computation gave way to every request of a flood and the first HR reader waited for what was
    // left of it (1.4 s on SQLite at 100,000 leaders; decision 046). A failure is logged, not fatal.
    await figures.runOnce();
    await listen(app, services, {
      onShutdown: async () => {
        await Promise.all([reminders.stop(), figures.stop(), services.background.stop()]);
      },
    });
    reminders.start();
    // Then in the background, every interval (decision 040).
    figures.start();
    const where = config.database.kind === "sqlite" ? `SQLite ${config.database.file}` : "PostgreSQL";
    services.log.info(`Lederdialog is running at ${config.publicUrl.origin} (${where})`);
  } catch (error) {
    exitWithOneLine(error, command);
  }
}

async function migrateOnly(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const { applied } = await prepareDatabase(db, config);
  process.stdout.write(
    applied.length ? `Migrated: ${applied.join(", ")}\n` : "The database is up to date.\n",
  );
  await db.destroy();
}

/**
 * `npm run rotate-key`, with the app stopped. Keys kept in DATA_DIR/secrets.json: a new key is made,
 * every text is sealed again with it, and the old key is forgotten. Keys from the environment are
 * the operator's: this seals every text with TEXT_ENCRYPTION_KEY, after which the keys in
 * TEXT_ENCRYPTION_OLD_KEYS can be removed (README, "Security and privacy").
 */
async function rotateTextKey(): Promise<void> {
  const loaded = loadConfig();
  const isStored = loaded.textEncryption.source === "secretsFile";
  const config = isStored
    ? { ...loaded, textEncryption: startStoredTextKeyRotation(loaded.dataDir) }
    : loaded;
  const db = await openDatabase(config);
  const { resealed } = await prepareDatabase(db, config);
  await db.destroy();
  if (isStored) forgetOldTextKeys(config.dataDir);
  const keyId = textKeyId(config.textEncryption.current);
  process.stdout.write(
    `${resealed} texts are now sealed with key ${keyId}.` +
      (isStored
        ? ` The old key is removed from ${config.dataDir}/secrets.json; back that file up with the database.\n`
        : " The keys in TEXT_ENCRYPTION_OLD_KEYS are no longer needed.\n"),
  );
}

const FAILURE_PREFIXES: Record<Command, string> = {
  start: "Lederdialog could not start",
  demo: "Lederdialog could not start",
  migrate: "Lederdialog could not start",
  backup: "The backup failed",
  restore: "The restore failed",
  "rotate-key": "The key rotation failed",
};

/** Configuration, start-up and backup problems end the process with one clear line, not a stack trace. */
function exitWithOneLine(error: unknown, command: Command): never {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof BackupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${FAILURE_PREFIXES[command]}: ${message.split("\n")[0]}\n`);
  }
  process.exit(1);
}

/**
 * For `npm run dev` (bin/dev.mjs): the same pipeline with Vite serving assets and hot reload, and the
 * React Router build loaded fresh from Vite on every request.
 */
export async function createDevelopmentApp(loadDevBuild: () => Promise<ServerBuild>) {
  process.umask(0o077);
  const services = await createServices(loadConfig());
  createReminderScheduler(services).start();
  createFiguresRefresher(services).start();
  return createExpressApp({ services, build: loadDevBuild, isDevelopment: true });
}
