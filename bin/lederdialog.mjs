#!/usr/bin/env node
// The launcher behind `npm start`, `npm run demo`, `npm run db:migrate`, `npm run backup`,
// `npm run restore` and `npm run rotate-key`: builds the app when the sources are newer than the
// build, then hands over to the bundled server (server/app.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serverEntry = path.join(root, "build/server/index.js");
// The demo's and the bench's seeding, a bundle entry of its own (server/seeding.ts).
const seedingEntry = path.join(root, "build/server/seeding.js");
const SOURCES = ["app", "server", "package.json", "vite.config.ts", "react-router.config.ts"];
const COMMANDS = new Set([
  "start",
  "migrate",
  "demo",
  "backup",
  "restore",
  "build",
  "rotate-key",
  "bench-seed",
]);

const command = process.argv[2] ?? "start";
if (!COMMANDS.has(command)) {
  process.stderr.write(`Unknown command "${command}". Use one of: ${[...COMMANDS].join(", ")}.\n`);
  process.exit(2);
}

function newestSourceTime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry))
    newest = Math.max(newest, newestSourceTime(path.join(entry, child)));
  return newest;
}

function ensureBuild() {
  const builtAt = existsSync(serverEntry) ? statSync(serverEntry).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestSourceTime(path.join(root, source))));
  if (builtAt > changedAt) return;
  const cli = path.join(root, "node_modules/@react-router/dev/bin.js");
  if (!existsSync(cli)) {
    if (builtAt > 0) return; // a production install without build tools: use the build it has
    process.stderr.write("No build found and the build tools are not installed: run `npm install` first.\n");
    process.exit(1);
  }
  process.stdout.write("Building Lederdialog (first start, or the sources changed)…\n");
  // Quiet unless it fails: start-up output stays short, and errors stay one line.
  // Always a production build, whatever NODE_ENV the caller has (Vitest sets "test"): a build made
  // under another NODE_ENV ships React's development code, and every later start would serve it.
  const result = spawnSync(process.execPath, [cli, "build"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}\nThe build failed; see the messages above.\n`);
    process.exit(1);
  }
}

ensureBuild();
if (command === "build") process.exit(0);
// React and React Router pick their production code paths from NODE_ENV at import time.
process.env.NODE_ENV ??= "production";
const seeding =
  command === "demo" || command === "bench-seed" ? await import(pathToFileURL(seedingEntry).href) : undefined;
if (command === "bench-seed") {
  await seeding.seedBench();
} else {
  const server = await import(pathToFileURL(serverEntry).href);
  await server.runCommand(command, {
    clientDir: path.join(root, "build/client"),
    args: process.argv.slice(3),
    seedDemo: seeding?.seedDemo,
  });
}
