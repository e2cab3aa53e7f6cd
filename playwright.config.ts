import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Ports and the data folder come from scripts/test.mjs (free ports, fresh folder per run); the
// defaults let `npx playwright test` work on its own too.
const port = Number(process.env.E2E_PORT ?? 3210);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);
// The DNS server a spec starts for e-mail domain proofs (tests/e2e/support/dns-for-spec.ts).
const dnsPort = Number(process.env.E2E_DNS_PORT ?? port + 10000);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `lederdialog-e2e-${port}`);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.E2E_JSON_REPORT
    ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]]
    : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node tests/e2e/support/start-test-server.mjs",
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://localhost:${port}`,
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Lederdialog <no-reply@lederdialog.test>",
      LOG_LEVEL: "warn",
      // The reminder scheduler looks often, so a test sees its mail within seconds.
      REMINDER_INTERVAL_SECONDS: "2",
      DATABASE_URL: "",
      DNS_SERVERS: `127.0.0.1:${dnsPort}`,
    },
  },
});
