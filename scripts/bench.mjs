#!/usr/bin/env node
// `npm run bench` (issue 7): the production build measured against its own ceilings, in one run.
// Not a test: it prints one markdown table and writes the same as JSON to bench-results/. Every
// throughput is also given as a ratio to (a) a plain node:http hello world and (b) a static file
// of the step-1 page's size served by the app's own server, both measured in the same run, because
// the machines are noisy and only ratios compare between runs. Issue 16 added the organisation's
// pages (/admin, /admin/enheder, /udrul, an import preview of 10,000 rows posted as the browser
// posts it) at 50 and 10 connections with each page's HTML size, the server's peak RSS, the ratio to
// (g) — the page floor — and the budgets judged in the same run (scripts/bench/budgets.mjs).
//
// BENCH_LEADERS (default 100000), BENCH_SECONDS per measurement (default 10), BENCH_CONNECTIONS
// (default 50); PostgreSQL is measured too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { budgetTable } from "./bench/budgets.mjs";
import { measureInChromium } from "./bench/chromium.mjs";
import { frameworkFloorKb } from "./bench/framework-floor.mjs";
import { pageWeights } from "./bench/page-weights.mjs";
import { samplePeakMemory } from "./bench/peak-memory.mjs";
import { benchPeopleCsv, importPreviewRequest } from "./bench/people-file.mjs";
import { freePort } from "./free-port.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LEADERS = Number(process.env.BENCH_LEADERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARM_UP_SECONDS = 5;
/** Rows in the people file whose import preview is measured (issue 16). */
const IMPORT_ROWS = 10_000;
const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "";
const launcher = path.join(root, "bin/lederdialog.mjs");
const started = Date.now();

function log(message) {
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

async function waitFor(url, seconds = 120) {
  for (let tries = 0; tries < seconds * 4; tries++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

function startProcess(args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

/** One autocannon run: requests per second, p50 and p99 latency in ms, and any non-2xx answers. */
async function measure(target) {
  const result = await autocannon({
    url: target.url,
    method: target.method ?? "GET",
    headers: target.headers ?? {},
    body: target.body,
    connections: target.connections ?? CONNECTIONS,
    duration: SECONDS,
  });
  return {
    name: target.name,
    connections: target.connections ?? CONNECTIONS,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

/** One request alone: how long it took, and the size of its answer (the page's HTML), unzipped. */
async function timeOneRequest(target) {
  const started = performance.now();
  const response = await fetch(target.url, {
    method: target.method ?? "GET",
    headers: target.headers ?? {},
    body: target.body,
    redirect: "manual",
  });
  const body = await response.arrayBuffer();
  if (response.status >= 300) throw new Error(`${target.name} answered ${response.status}`);
  return { firstMs: Math.round(performance.now() - started), bytes: body.byteLength };
}

async function signIn(baseUrl, email) {
  const response = await fetch(`${baseUrl}/log-ind`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ email, password: "bench-lederdialog" }).toString(),
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("ld_session="));
  if (!cookie) throw new Error(`could not sign in as ${email} (${response.status})`);
  return cookie.split(";")[0];
}

async function createPostgresDatabase() {
  const name = `lederdialog_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const again = new pg.Client({ connectionString: postgresUrl });
      await again.connect();
      await again.query(`drop database if exists "${name}" with (force)`);
      await again.end();
    },
  };
}

async function benchEngine(engine, helloUrl) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `lederdialog-bench-${engine}-`));
  const database = engine === "postgres" ? await createPostgresDatabase() : undefined;
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? "",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
  };
  try {
    log(`${engine}: seeding ${LEADERS.toLocaleString("en")} leaders`);
    const seedStarted = Date.now();
    const seeded = spawnSync(process.execPath, [launcher, "bench-seed"], {
      cwd: root,
      env: { ...process.env, ...env, BENCH_LEADERS: String(LEADERS) },
      encoding: "utf8",
      maxBuffer: 1024 * 1024,
    });
    if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
    const accounts = JSON.parse(seeded.stdout.trim().split("\n").at(-1));
    const seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
    log(`${engine}: seeded in ${seedSeconds} s`);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const app = startProcess([launcher, "start"], {
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseUrl,
      // No reminder runs in the middle of a measurement.
      REMINDER_INTERVAL_SECONDS: "86400",
    });
    const memory = samplePeakMemory(app.pid);
    try {
      await waitFor(`${baseUrl}/healthz`);
      const [leader, chief, hr, admin] = await Promise.all([
        signIn(baseUrl, accounts.leaderEmail),
        signIn(baseUrl, accounts.chiefEmail),
        signIn(baseUrl, accounts.hrEmail),
        signIn(baseUrl, accounts.adminEmail),
      ]);
      const peopleFile = importPreviewRequest(benchPeopleCsv(IMPORT_ROWS));
      const stepOneUrl = `${baseUrl}/min-lederdialog/forbered/1`;
      const stepOne = await fetch(stepOneUrl, { headers: { Cookie: leader } });
      if (!stepOne.ok) throw new Error(`the step-1 page answered ${stepOne.status}`);
      const stepOneBytes = Buffer.byteLength(await stepOne.text());
      // (b): a file the size of the step-1 page, served by the app's own static middleware.
      const staticName = `assets/bench-static-${process.pid}.html`;
      const staticFile = path.join(root, "build/client", staticName);
      writeFileSync(staticFile, `<!doctype html><p>${"x".repeat(Math.max(0, stepOneBytes - 20))}</p>`);
      const form = { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl };
      const targets = [
        { key: "a", name: "(a) node:http hello world", url: helloUrl },
        { key: "b", name: "(b) static file, step-1 size", url: `${baseUrl}/${staticName}` },
        // Not asked for by the issue: the simplest page there is — the privacy page, with no session,
        // no loader, no query and no form — so the table shows what a page costs through React
        // Router, React and the layout before the app does anything of its own.
        { key: "g", name: "(g) privacy page, no session (the floor)", url: `${baseUrl}/privatliv` },
        { key: "c", name: "(c) step-1 page (SSR)", url: stepOneUrl, headers: { Cookie: leader } },
        {
          key: "d",
          name: "(d) autosave POST",
          url: `${baseUrl}/min-lederdialog/gem`,
          method: "POST",
          headers: { ...form, Cookie: leader },
          body: new URLSearchParams({ key: "note:goals", body: "Målt af npm run bench." }).toString(),
        },
        {
          key: "e",
          name: "(e) leaders-of-leaders overview (50)",
          url: `${baseUrl}/mine-ledere`,
          headers: { Cookie: chief },
        },
        {
          key: "f",
          name: "(f) HR figures, whole organisation",
          url: `${baseUrl}/tal`,
          headers: { Cookie: hr },
        },
        // At 50 connections a saturated server's p99 is mostly queueing (50 ÷ req/s): these two show
        // what one reader waits for while the server is busy, not flooded.
        {
          key: "e10",
          name: "(e) overview, at 10 connections",
          url: `${baseUrl}/mine-ledere`,
          headers: { Cookie: chief },
          connections: 10,
        },
        {
          key: "f10",
          name: "(f) HR figures, at 10 connections",
          url: `${baseUrl}/tal`,
          headers: { Cookie: hr },
          connections: 10,
        },
        // The organisation's own pages (issue 16), each at 50 and at 10 connections.
        ...[
          { key: "admin", name: "(h) people, /admin", url: `${baseUrl}/admin`, headers: { Cookie: admin } },
          {
            key: "units",
            name: "(i) units, /admin/enheder",
            url: `${baseUrl}/admin/enheder`,
            headers: { Cookie: admin },
          },
          { key: "rollout", name: "(j) roll-out, /udrul", url: `${baseUrl}/udrul`, headers: { Cookie: hr } },
          // Every nearest leader's home lists the agreements he carries out: a scan of every cycle
          // once (issue 16's review), so it is measured with the organisation's pages.
          {
            key: "home",
            name: "(l) a nearest leader's home, /min-lederdialog",
            url: `${baseUrl}/min-lederdialog`,
            headers: { Cookie: chief },
          },
          {
            // Posted as the administrator's browser posts the import form: the file, multipart.
            key: "import",
            name: `(k) import preview, ${IMPORT_ROWS.toLocaleString("en")} rows`,
            url: `${baseUrl}/admin/import`,
            method: "POST",
            headers: { "Content-Type": peopleFile.contentType, Origin: baseUrl, Cookie: admin },
            body: peopleFile.body,
          },
        ].flatMap((target) => {
          const atTen = {
            ...target,
            key: `${target.key}10`,
            name: `${target.name}, at 10 connections`,
            connections: 10,
          };
          // The import at 50 connections last: its backlog would otherwise be the next row's first request.
          return target.key === "import" ? [atTen, target] : [target, atTen];
        }),
      ];
      const results = {};
      let peakRssBeforeImportMb;
      try {
        for (const target of targets) {
          // The import previews come last and are the heaviest: the peak before them is the pages'.
          if (target.key.startsWith("import")) peakRssBeforeImportMb ??= memory.read();
          // One request alone first, timed: what the first reader after a start waits for (the HR
          // figures are computed then). Then a warm-up at full load, so the measurement does not
          // pay for JIT compilation and caches: a freshly started server served the first request
          // on each of the 50 connections seconds late, for several seconds (docs/performance.md).
          const { firstMs, bytes } = await timeOneRequest(target);
          await autocannon({
            ...target,
            connections: target.connections ?? CONNECTIONS,
            duration: WARM_UP_SECONDS,
          });
          results[target.key] = { ...(await measure(target)), firstMs, bytes };
          const r = results[target.key];
          log(
            `${engine}: ${target.name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.non2xx ? `, ${r.non2xx} failed` : ""}`,
          );
        }
      } finally {
        rmSync(staticFile, { force: true });
      }
      const peakRssMb = memory.read();
      log(`${engine}: the server's peak RSS ${peakRssMb ?? "?"} MB`);
      return { engine, seedSeconds, stepOneBytes, peakRssMb, peakRssBeforeImportMb, results };
    } finally {
      memory.stop();
      await app.stop();
    }
  } finally {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function ratio(value, base) {
  return base ? `${((value / base) * 100).toFixed(1)} %` : "–";
}

function table(runs, weights, floorKb, browser) {
  const lines = [
    `Lederdialog bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, ${LEADERS.toLocaleString("en")} leaders, ${SECONDS} s per run`,
    "",
    `Load average at the start: ${loadAtStart}; at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(", ")}`,
    "",
    "| engine | measurement | conn. | req/s | p50 ms | p99 ms | ÷ (a) | ÷ (b) | ÷ (g) | failed | first request ms | HTML KB |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const run of runs) {
    const { a, b, g } = run.results;
    for (const result of Object.values(run.results)) {
      lines.push(
        `| ${run.engine} | ${result.name} | ${result.connections} | ${result.rps} | ${result.p50} | ${result.p99} | ${ratio(result.rps, a?.rps)} | ${ratio(result.rps, b?.rps)} | ${ratio(result.rps, g?.rps)} | ${result.non2xx} | ${result.firstMs} | ${(result.bytes / 1024).toFixed(1)} |`,
      );
    }
    lines.push(
      `| ${run.engine} | seeding ${LEADERS.toLocaleString("en")} leaders | | | | | | | | ${run.seedSeconds} s | | |`,
      `| ${run.engine} | the server's peak RSS (VmHWM), before the import previews | | | | | | | | | | ${run.peakRssBeforeImportMb ?? "?"} MB |`,
      `| ${run.engine} | the server's peak RSS (VmHWM), whole run | | | | | | | | | | ${run.peakRssMb ?? "?"} MB |`,
    );
  }
  lines.push("", budgetTable(runs));
  lines.push("", "| page | JS gzip KB | CSS gzip KB | fonts KB |", "| --- | ---: | ---: | ---: |");
  for (const weight of weights) {
    lines.push(`| ${weight.page} | ${weight.jsKb} | ${weight.cssKb} | ${weight.fontKb} |`);
  }
  lines.push(`| React and React Router alone (the floor, framework-floor.mjs) | ${floorKb} | | |`);
  if (browser) {
    lines.push(
      "",
      "| Chromium, 4× CPU slowdown, step-1 page | ms |",
      "| --- | ---: |",
      `| largest contentful paint (first visit: ${browser.firstVisit.lcpMs}) | ${browser.lcpMs} |`,
      `| note field shown | ${browser.fieldShownMs} |`,
      `| note field accepts input, hydrated (first visit: ${browser.firstVisit.fieldReadyMs}) | ${browser.fieldReadyMs} |`,
    );
  }
  return lines.join("\n");
}

log("building the production app");
const built = spawnSync(process.execPath, [launcher, "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
if (built.status !== 0) process.exit(1);

const helloPort = await freePort();
const hello = startProcess(
  [
    "-e",
    `require("node:http").createServer((q, s) => s.end("hello world")).listen(${helloPort}, "127.0.0.1")`,
  ],
  {},
);
const loadAtStart = os
  .loadavg()
  .map((load) => load.toFixed(2))
  .join(", ");
const runs = [];
let browser;
try {
  await waitFor(`http://127.0.0.1:${helloPort}/`);
  for (const engine of ["sqlite", ...(postgresUrl ? ["postgres"] : [])]) {
    runs.push(await benchEngine(engine, `http://127.0.0.1:${helloPort}/`));
  }
  log("Chromium with 4× CPU slowdown");
  browser = await measureInChromium({ launcher, root, leaders: Math.min(LEADERS, 1000) });
} finally {
  await hello.stop();
}
const weights = pageWeights(path.join(root, "build/client"));
const floorKb = await frameworkFloorKb(root);
const markdown = table(runs, weights, floorKb, browser);
process.stdout.write(`\n${markdown}\n`);
mkdirSync(path.join(root, "bench-results"), { recursive: true });
const file = path.join(root, "bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ leaders: LEADERS, seconds: SECONDS, runs, weights, floorKb, browser, markdown }, null, 2)}\n`,
);
log(`written to ${path.relative(root, file)}`);
