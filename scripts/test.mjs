#!/usr/bin/env node
// `npm test`: builds the app, runs the unit and integration tests (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set), then the browser tests in Debian's Chromium against the production
// build. Ends with one line "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

const isCi = process.env.CI === "true" || process.env.CI === "1";
const work = mkdtempSync(path.join(os.tmpdir(), "lederdialog-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let isFailed = false;

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) isFailed = true;
  return result.status === 0;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  );
  return candidates.find((candidate) => existsSync(candidate));
}

const bin = (name) => path.join("node_modules", ".bin", name);

if (!run("build", process.execPath, ["node_modules/@react-router/dev/bin.js", "build"])) {
  process.stdout.write("\ntests: 0 passed, 1 failed\n");
  process.exit(1);
}

if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write(
    "\nNOTE: PostgreSQL was SKIPPED: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run the database tests on PostgreSQL too.\n",
  );
}
if (spawnSync("pdftotext", ["-v"]).error) {
  process.stdout.write(
    isCi
      ? "\nNo pdftotext (poppler-utils): the PDF checks will FAIL, as CI requires them.\n"
      : "\nNOTE: no pdftotext found: the PDF read-back checks are SKIPPED. Install poppler-utils to run them.\n",
  );
}
const vitestReport = path.join(work, "vitest.json");
run("unit and integration tests (Vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
} else {
  totals.failed += 1;
}

const chromium = findChromium();
if (!chromium) {
  const message = "No Chromium found (install Debian's `chromium`, or set CHROMIUM_PATH): browser tests";
  if (isCi) {
    process.stdout.write(`\n${message} cannot run, and CI requires them. FAILED.\n`);
    totals.failed += 1;
    isFailed = true;
  } else {
    process.stdout.write(`\n${message} SKIPPED.\n`);
  }
} else {
  const e2eReport = path.join(work, "playwright.json");
  run("browser tests (Playwright, Chromium)", bin("playwright"), ["test"], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    E2E_PORT: String(await freePort()),
    E2E_SMTP_PORT: String(await freePort()),
    E2E_DNS_PORT: String(await freePort()),
    E2E_DATA_DIR: path.join(work, "e2e-data"),
    E2E_JSON_REPORT: e2eReport,
  });
  if (existsSync(e2eReport)) {
    const { stats } = JSON.parse(readFileSync(e2eReport, "utf8"));
    totals.passed += stats.expected + (stats.flaky ?? 0);
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } else {
    totals.failed += 1;
  }
}

rmSync(work, { recursive: true, force: true });
if (isFailed && totals.failed === 0) totals.failed = 1;
if (!process.env.TEST_DATABASE_URL)
  process.stdout.write("\nPostgreSQL: skipped (TEST_DATABASE_URL not set).\n");
process.stdout.write(
  `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
);
process.exit(isFailed ? 1 : 0);
