import { once } from "node:events";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/seeding/seed-demo-organisation";
import { AppClient, expectStatus } from "../support/app-client";
import { type AppProcess, runLauncher, startApp } from "../support/app-process";
import { DEMO_EMAILS } from "../support/demo-fixture";

// Issue 13, finding 8: the SQLite database, its WAL and the outbox's .eml files (live reset links)
// were created 0644, readable by every user of the machine. On real files, through the launcher:
// the data folder and its folders 0700, every file in them 0600 — on a fresh DATA_DIR, and on one
// whose files were left readable (by an older version, a copy, a hand), which start-up tightens
// and logs.

const parent = mkdtempSync(path.join(os.tmpdir(), "lederdialog-modes-"));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const modeOf = (file: string) => statSync(file).mode & 0o777;
const octal = (mode: number) => `0${mode.toString(8)}`;

/** Every folder and file under the data folder with its mode, so a failure names the file. */
function modesUnder(dataDir: string): Record<string, string> {
  const modes: Record<string, string> = { ".": octal(modeOf(dataDir)) };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      modes[path.relative(dataDir, full)] = octal(modeOf(full));
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dataDir);
  return modes;
}

function expectPrivate(dataDir: string): void {
  const modes = modesUnder(dataDir);
  const expected = Object.fromEntries(
    Object.keys(modes).map((name) => {
      const isDir = statSync(path.join(dataDir, name)).isDirectory();
      return [name, isDir ? "0700" : "0600"];
    }),
  );
  expect(modes).toEqual(expected);
}

async function startDemo(dataDir: string): Promise<AppProcess> {
  // No SMTP_URL: mail goes to DATA_DIR/outbox as .eml files.
  return startApp({ DATA_DIR: dataDir, REMINDER_INTERVAL_SECONDS: "3600", LOG_LEVEL: "warn" }, "demo");
}

/** A password-reset mail for a demo leader, written to the outbox; resolves with the file. */
async function mailToOutbox(app: AppProcess, dataDir: string): Promise<string> {
  const outbox = path.join(dataDir, "outbox");
  const before = existsSync(outbox) ? readdirSync(outbox).length : 0;
  await expectStatus(
    await new AppClient(app.baseUrl).post("/glemt-adgangskode", { email: DEMO_EMAILS.owner }),
    200,
    "asking for a reset link",
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    const files = existsSync(outbox) ? readdirSync(outbox).filter((name) => name.endsWith(".eml")) : [];
    if (files.length > before) return path.join(outbox, files.sort().at(-1) ?? "");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("no mail was written to the outbox");
}

describe("the files a running app keeps", () => {
  const dataDir = path.join(parent, "fresh", "data");

  it("on a fresh DATA_DIR: the folder 0700; database, WAL, SHM, secrets, outbox and backups 0600", async () => {
    const app = await startDemo(dataDir);
    try {
      // Signing in writes (a session, the security log): the WAL and SHM exist while the app runs.
      await new AppClient(app.baseUrl).signIn(DEMO_EMAILS.owner, DEMO_PASSWORD);
      const mail = await mailToOutbox(app, dataDir);
      expect(octal(modeOf(mail))).toBe("0600");
      const backup = await runLauncher("backup", { DATA_DIR: dataDir });
      expect(backup.code, backup.stderr).toBe(0);
      for (const name of [
        "lederdialog.sqlite",
        "lederdialog.sqlite-wal",
        "lederdialog.sqlite-shm",
        "secrets.json",
      ]) {
        expect(existsSync(path.join(dataDir, name)), name).toBe(true);
      }
      expect(readdirSync(path.join(dataDir, "backups")).length).toBeGreaterThan(0);
      expectPrivate(dataDir);
    } finally {
      await app.stop();
    }
  });
});

describe("a DATA_DIR whose files were left readable by others", () => {
  const dataDir = path.join(parent, "loose");

  it("is tightened at start, each change logged with the path and the old mode", async () => {
    // A first run that is killed, so the WAL and SHM stay on disk as after a crash.
    const first = await startDemo(dataDir);
    await new AppClient(first.baseUrl).signIn(DEMO_EMAILS.owner, DEMO_PASSWORD);
    await mailToOutbox(first, dataDir);
    first.child.kill("SIGKILL");
    await once(first.child, "exit");
    mkdirSync(path.join(dataDir, "backups"), { recursive: true });
    writeFileSync(path.join(dataDir, "backups", "lederdialog-2026-01-01T00-00-00-000Z.sqlite"), "a copy");
    // Everything as a default umask of 022 leaves it: folders 0755, files 0644.
    const loosened: string[] = [];
    const loosen = (target: string) => {
      const isDir = statSync(target).isDirectory();
      chmodSync(target, isDir ? 0o755 : 0o644);
      loosened.push(target);
      if (isDir) for (const name of readdirSync(target)) loosen(path.join(target, name));
    };
    loosen(dataDir);
    for (const name of ["lederdialog.sqlite-wal", "lederdialog.sqlite-shm", "secrets.json", "outbox"]) {
      expect(loosened, name).toContain(path.join(dataDir, name));
    }

    const second = await startDemo(dataDir);
    try {
      const mail = await mailToOutbox(second, dataDir);
      expect(octal(modeOf(mail))).toBe("0600");
      expectPrivate(dataDir);
      const warnings = second
        .stdout()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { level: number; path?: string; oldMode?: string })
        .filter((entry) => entry.level === 40 && entry.path);
      for (const target of loosened) {
        expect(warnings, target).toContainEqual(
          expect.objectContaining({
            path: target,
            oldMode: statSync(target).isDirectory() ? "0755" : "0644",
          }),
        );
      }
    } finally {
      await second.stop();
    }
  });
});
