import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../../server/seeding/seed-demo-organisation";
import { type AppProcess, startApp } from "../support/app-process";

const DEMO_EMAILS = DEMO_PEOPLE.map((person) => person.email);

/** The demo people found in a data folder's database, read straight from the file. */
function demoPeopleIn(dataDir: string): string[] {
  const file = new Database(path.join(dataDir, "lederdialog.sqlite"), { readonly: true });
  try {
    const rows = file
      .prepare(`select email from users where email in (${DEMO_EMAILS.map(() => "?").join(",")})`)
      .all(...DEMO_EMAILS) as { email: string }[];
    return rows.map((row) => row.email).sort();
  } finally {
    file.close();
  }
}

async function signIn(baseUrl: string, email: string, password: string): Promise<Response> {
  return fetch(`${baseUrl}/log-ind`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

describe("npm run demo", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-demo-"));
  const apps: AppProcess[] = [];
  afterAll(async () => {
    for (const app of apps) await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints how to sign in as each role, and each account signs in", async () => {
    const demo = await startApp({ DATA_DIR: path.join(dataDir, "demo") }, "demo");
    apps.push(demo);
    const printed = demo.stdout();
    const password = printed.match(/password "([^"]+)"/)?.[1];
    expect(password).toBeTruthy();
    const emails = [...printed.matchAll(/\S+@demo\.lederdialog\.dk/g)].map((m) => m[0]);
    expect(printed).toMatch(/Leder/);
    expect(printed).toMatch(/Nærmeste leder/);
    expect(printed).toMatch(/HR/);
    expect(printed).toMatch(/Administrator/);
    expect(emails).toHaveLength(4);
    // Each lands where their work is (issue 15, item 6): the administrator on /admin, HR on /tal.
    const landing: Record<string, string> = {
      [DEMO_PEOPLE.find((p) => p.roles.includes("admin"))?.email ?? ""]: "/admin",
      [DEMO_PEOPLE.find((p) => p.roles.includes("hr"))?.email ?? ""]: "/tal",
    };
    for (const email of emails) {
      const response = await signIn(demo.baseUrl, email, password as string);
      expect(response.status, email).toBe(302);
      expect(response.headers.get("location"), email).toBe(landing[email] ?? "/min-lederdialog");
    }
  });

  it("never puts demo accounts in the ordinary database", async () => {
    // The same question asked of the demo's own database finds every demo person: the check can see them.
    expect(demoPeopleIn(path.join(dataDir, "demo"))).toEqual([...DEMO_EMAILS].sort());
    const app = await startApp({ DATA_DIR: path.join(dataDir, "own") });
    apps.push(app);
    expect(demoPeopleIn(path.join(dataDir, "own"))).toEqual([]);
    for (const email of DEMO_EMAILS) {
      const response = await signIn(app.baseUrl, email, DEMO_PASSWORD);
      expect(response.status, email).toBe(401);
    }
  });
});
