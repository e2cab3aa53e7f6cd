import type { ServerBuild } from "react-router";
import { BackupError } from "~/.server/backup/backup-error";
import { ConfigError, loadConfig } from "~/.server/config";
import type { AppServices } from "~/.server/context";
import { DEMO_PASSWORD, seedDemoOrganisation } from "~/.server/demo/seed-demo-organisation";
import { createReminderScheduler } from "~/.server/reminders/reminder-scheduler";
import { backUp, restore } from "./backup-commands";
import { createExpressApp } from "./create-express-app";
import { createServices, openDatabase, prepareDatabase, StartupError } from "./create-services";
import { listen } from "./listen";

// The server bundle's entry (vite.config.ts): bin/lederdialog.mjs imports it and calls runCommand.
const loadBuild = (): Promise<ServerBuild> => import("virtual:react-router/server-build");

export type Command = "start" | "migrate" | "demo" | "backup" | "restore";

export async function runCommand(
  command: Command,
  options: { clientDir: string; args?: string[] },
): Promise<void> {
  try {
    if (command === "migrate") return await migrateOnly();
    if (command === "backup") return await backUp(options.args ?? []);
    if (command === "restore") return await restore(options.args ?? []);
    const config = loadConfig(process.env, command === "demo" ? { dataDir: "./data/demo" } : {});
    const services = await createServices(config);
    if (command === "demo") await printDemoAccounts(services);
    const app = createExpressApp({ services, clientDir: options.clientDir, build: await loadBuild() });
    const reminders = createReminderScheduler(services);
    await listen(app, services, { onShutdown: () => reminders.stop() });
    reminders.start();
    const where = config.database.kind === "sqlite" ? `SQLite ${config.database.file}` : "PostgreSQL";
    services.log.info(`Lederdialog is running at ${config.publicUrl.origin} (${where})`);
  } catch (error) {
    exitWithOneLine(error, command);
  }
}

async function migrateOnly(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const applied = await prepareDatabase(db, config);
  process.stdout.write(
    applied.length ? `Migrated: ${applied.join(", ")}\n` : "The database is up to date.\n",
  );
  await db.destroy();
}

async function printDemoAccounts(services: AppServices): Promise<void> {
  const accounts = await seedDemoOrganisation(services.db);
  const lines = accounts.map((a) => `  ${a.role.padEnd(16)} ${a.name.padEnd(16)} ${a.email}`);
  process.stdout.write(
    `\nDemo organisation "Demo Kommune" is ready at ${services.config.publicUrl.origin}/log-ind\n` +
      `Sign in as any of these with the password "${DEMO_PASSWORD}":\n${lines.join("\n")}\n` +
      `Demo data lives in ${services.config.dataDir} only (not in your own database).\n\n`,
  );
}

const FAILURE_PREFIXES: Record<Command, string> = {
  start: "Lederdialog could not start",
  demo: "Lederdialog could not start",
  migrate: "Lederdialog could not start",
  backup: "The backup failed",
  restore: "The restore failed",
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
  const services = await createServices(loadConfig());
  createReminderScheduler(services).start();
  return createExpressApp({ services, build: loadDevBuild, isDevelopment: true });
}
