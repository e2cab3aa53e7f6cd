import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { type AppProcess, startApp } from "../support/app-process";
import {
  ALL_TEXT_KEYS,
  autosave,
  exportedTexts,
  signUpLeader,
  versionOf,
  versionText,
} from "./support/leader-client";
import { type PrivatePostgres, startPrivatePostgres } from "./support/private-postgres";

// PostgreSQL stopped and started again while the production server is busy: meanwhile a friendly,
// translated 503 (never a 500), afterwards recovery without restarting the app, and no save half done.

const OUTAGE_MS = 3_000;
const AUTOSAVE_LANES = ALL_TEXT_KEYS.slice(0, 12);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  kind: "page" | "autosave";
  status: number;
  sentAt: number;
  at: number;
  body?: string;
}

describe("PostgreSQL stopped and started under load", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-faults-pg-app-"));
  let postgres: PrivatePostgres | undefined;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    await postgres.createDatabase("lederdialog");
    app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: postgres.url("lederdialog") });
  });
  afterAll(async () => {
    await app?.stop();
    await postgres?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers 503 with the translated page while it is down, and recovers on its own", async () => {
    if (!app || !postgres) throw new Error("not started");
    const started = app;
    onTestFailed(() => {
      console.info(`The app's output:\n${started.stdout().slice(-3_000)}\n${started.stderr().slice(-3_000)}`);
    });
    const { baseUrl } = app;
    const pid = app.child.pid;
    const cookie = await signUpLeader(baseUrl);
    const answers: Answer[] = [];
    const acknowledged = new Map<string, number>();
    const lastSent = new Map<string, number>();
    let isRunning = true;

    // Page loads, half of them in English, with the signed-in leader's cookie.
    const pageLoads = [0, 1].map(async (worker) => {
      while (isRunning) {
        const language = worker === 0 ? "da" : "en";
        const sentAt = Date.now();
        const response = await fetch(`${baseUrl}/min-lederdialog`, {
          headers: { Cookie: cookie, "Accept-Language": language },
        });
        const body = await response.text();
        answers.push({
          kind: "page",
          status: response.status,
          sentAt,
          at: Date.now(),
          body: response.status === 200 ? undefined : body,
        });
        await sleep(20);
      }
    });
    // Autosave lanes that behave like the browser's queue: a 5xx keeps the text and tries it again.
    const saves = AUTOSAVE_LANES.map(async (key) => {
      let version = 1;
      while (isRunning) {
        lastSent.set(key, version);
        const sentAt = Date.now();
        const status = await autosave(baseUrl, cookie, key, versionText(key, version));
        answers.push({ kind: "autosave", status, sentAt, at: Date.now() });
        if (status === 200) {
          acknowledged.set(key, version);
          version++;
        }
        await sleep(status === 200 ? 20 : 100);
      }
    });

    await sleep(1_000);
    let downAt = Number.POSITIVE_INFINITY;
    let startedAt = 0;
    try {
      await postgres.stop();
      downAt = Date.now();
      await sleep(OUTAGE_MS);
    } finally {
      // Whatever happened above, the server comes back before this test goes on.
      startedAt = Date.now();
      await postgres.start();
    }
    for (let attempt = 0; attempt < 100 && !(await postgres.isReady()); attempt++) await sleep(100);
    expect(await postgres.isReady()).toBe(true);

    // Recovered: page loads and autosaves succeed again, without restarting the app.
    const isRecovered = (kind: Answer["kind"]) =>
      answers.some((answer) => answer.kind === kind && answer.at > startedAt && answer.status === 200);
    for (
      let waited = 0;
      waited < 20_000 && !(isRecovered("page") && isRecovered("autosave"));
      waited += 100
    ) {
      await sleep(100);
    }
    await sleep(500);
    isRunning = false;
    await Promise.all([...pageLoads, ...saves]);
    expect(isRecovered("page")).toBe(true);
    expect(isRecovered("autosave")).toBe(true);
    expect(app.child.exitCode).toBeNull();
    expect(app.child.pid).toBe(pid);

    // Asked and answered while the server was certainly down.
    const during = answers.filter((answer) => answer.sentAt > downAt && answer.at < startedAt);
    const unavailable = answers.filter((answer) => answer.status === 503);
    console.info(
      `${answers.length} answers; ${during.length} during the ${OUTAGE_MS} ms outage, ${unavailable.length} of them 503; recovered ${Date.now() - startedAt} ms after the start`,
    );
    // Only "fine" and "temporarily unavailable", never a server error.
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200, 503]));
    expect(during.length).toBeGreaterThan(20);
    expect(during.filter((answer) => answer.status !== 503)).toEqual([]);
    const danish = unavailable.find(
      (answer) => answer.kind === "page" && answer.body?.includes('<html lang="da"'),
    );
    const english = unavailable.find(
      (answer) => answer.kind === "page" && answer.body?.includes('<html lang="en"'),
    );
    expect(danish?.body).toContain("Lederdialog er midlertidigt utilgængelig");
    expect(english?.body).toContain("Lederdialog is temporarily unavailable");
    for (const page of [danish, english]) {
      expect(page?.body).not.toMatch(/ECONNREFUSED|terminating connection|\bat \S+:\d+:\d+/);
    }
    expect(unavailable.some((answer) => answer.kind === "autosave")).toBe(true);

    // Nothing half written: each text is exactly one version that was sent, and never older than the
    // last one acknowledged (a save answered 503 is either all there or not at all).
    const texts = await exportedTexts(baseUrl, cookie);
    for (const key of AUTOSAVE_LANES) {
      const stored = texts[key];
      const version = stored === undefined ? undefined : versionOf(key, stored);
      expect(version, `${key}: stored "${stored}"`).toBeDefined();
      expect(version).toBeGreaterThanOrEqual(acknowledged.get(key) ?? 1);
      expect(version).toBeLessThanOrEqual(lastSent.get(key) ?? 0);
    }
  });
});
