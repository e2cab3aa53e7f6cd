import { loadConfig } from "~/platform/config/load-config.server";
import type { AppServices } from "~/platform/context/context.server";
import { openDatabase, prepareDatabase } from "./create-services";
import { seedBenchOrganisation } from "./seeding/seed-bench-organisation";
import { DEMO_PASSWORD, seedDemoOrganisation } from "./seeding/seed-demo-organisation";

// The seeding tools' own bundle entry (vite.config.ts builds it beside server/app.ts as
// build/server/seeding.js): the demo's and the bench's made-up people are never part of the
// product's server bundle. Only bin/lederdialog.mjs imports it, for `demo` and `bench-seed`.

/** `npm run demo`: the demo organisation in the demo's own database, and how to sign in to it. */
export async function seedDemo(services: AppServices): Promise<void> {
  const accounts = await seedDemoOrganisation(services.db);
  const lines = accounts.map((a) => `  ${a.role.padEnd(16)} ${a.name.padEnd(16)} ${a.email}`);
  process.stdout.write(
    `\nDemo organisation "Demo Kommune" is ready at ${services.config.publicUrl.origin}/log-ind\n` +
      `Sign in as any of these with the password "${DEMO_PASSWORD}":\n${lines.join("\n")}\n` +
      `Demo data lives in ${services.config.dataDir} only (not in your own database).\n\n`,
  );
}

/** For `npm run bench` (scripts/bench.mjs): seeds its organisation and prints the accounts as JSON. */
export async function seedBench(): Promise<void> {
  try {
    const config = loadConfig();
    const db = await openDatabase(config);
    await prepareDatabase(db, config);
    const leaders = Number(process.env.BENCH_LEADERS ?? 100_000);
    const accounts = await seedBenchOrganisation(db, { leaders });
    await db.destroy();
    process.stdout.write(`${JSON.stringify(accounts)}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Seeding the bench organisation failed: ${message.split("\n")[0]}\n`);
    process.exit(1);
  }
}
