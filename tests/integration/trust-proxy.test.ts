import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { AppClient } from "../support/app-client";
import { type AppProcess, startApp } from "../support/app-process";

// The second review of issue 13: with TRUST_PROXY=true the client address was the leftmost entry of
// X-Forwarded-For, which the client writes itself, so every limit per address could be dodged. Behind
// one proxy, the address is the one that proxy appends: the last entry.

let app: AppProcess;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-proxy-"));

beforeAll(async () => {
  app = await startApp({ DATA_DIR: dataDir, TRUST_PROXY: "true", REMINDER_INTERVAL_SECONDS: "3600" });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it("takes the address the proxy appended, never one the client wrote", async () => {
  for (const forged of ["198.51.100.1", "198.51.100.2", "x0"]) {
    const answer = await new AppClient(app.baseUrl).post(
      "/log-ind",
      { email: "ingen@proxy.example", password: "forkert adgangskode" },
      { "X-Forwarded-For": `${forged}, 203.0.113.77` },
    );
    expect(answer.status).toBe(401);
  }
  const db = new Database(path.join(dataDir, "lederdialog.sqlite"), { readonly: true });
  const addresses = db
    .prepare("select distinct ip from security_events where email = ? and event = 'sign_in_failed'")
    .all("ingen@proxy.example") as { ip: string }[];
  db.close();
  expect(addresses.map((row) => row.ip)).toEqual(["203.0.113.77"]);
});
