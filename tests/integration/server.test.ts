import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppProcess, freePort, runLauncher, startApp } from "../support/app-process";
import { createTestDatabase, postgresTestUrl, type TestDatabase } from "../support/test-database";

// The real launcher and production build, as `npm start` runs them.

describe("start-up configuration errors", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-config-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "70000" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/x" }],
    ["PUBLIC_URL", { PUBLIC_URL: "not a url" }],
  ])("a wrong %s stops start-up with one clear line", async (name, env) => {
    const { code, stderr } = await runLauncher("start", { DATA_DIR: dataDir, ...env });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(stderr).not.toMatch(/\s+at\s/); // no stack trace
  });

  it("an unreachable PostgreSQL stops start-up with one line naming DATABASE_URL", async () => {
    const port = await freePort(); // nothing listens there
    const { code, stderr } = await runLauncher("start", {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/lederdialog`,
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("DATABASE_URL");
  });
});

describe("npm run db:migrate", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-migrate-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("creates the schema once, then reports it up to date", async () => {
    const first = await runLauncher("migrate", { DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Migrated: 20261128T0330-foundation");
    const second = await runLauncher("migrate", { DATA_DIR: dataDir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("The database is up to date.");
  });
});

describe("the server on embedded SQLite", () => {
  let app: AppProcess;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-server-"));

  beforeAll(async () => {
    app = await startApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates and migrates the database and keeps generated secrets under DATA_DIR", () => {
    expect(existsSync(path.join(dataDir, "lederdialog.sqlite"))).toBe(true);
    const secrets = path.join(dataDir, "secrets.json");
    expect(statSync(secrets).mode & 0o777).toBe(0o600);
  });

  it("serves the Danish landing page with a nonce-based Content-Security-Policy", async () => {
    const response = await fetch(`${app.baseUrl}/`, { headers: { "Accept-Language": "da" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    // The page names the catalog areas it shows, for the browser's first render (decision 045).
    expect(html).toContain('<html lang="da" data-texts="core publicPages">');
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain("unsafe-inline");
    // Every inline script carries this response's nonce.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    const second = await fetch(`${app.baseUrl}/`);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("answers the health check", async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("compresses pages and caches hashed assets for a year", async () => {
    const page = await fetch(`${app.baseUrl}/om-vaerktoejet`, { headers: { "Accept-Encoding": "gzip" } });
    expect(page.headers.get("content-encoding")).toBe("gzip");
    const html = await page.text();
    const asset = html.match(/\/assets\/[^"]+\.css/)?.[0];
    expect(asset).toBeTruthy();
    const assetResponse = await fetch(`${app.baseUrl}${asset}`);
    expect(assetResponse.status).toBe(200);
    expect(assetResponse.headers.get("cache-control")).toContain("max-age=31536000");
    expect(assetResponse.headers.get("cache-control")).toContain("immutable");
  });

  it("refuses a form post from another site with a translated 403", async () => {
    const response = await fetch(`${app.baseUrl}/log-ind`, {
      method: "POST",
      headers: {
        Origin: "https://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept-Language": "da",
      },
      body: "email=a%40b.dk&password=x",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Handlingen blev afvist");
    const viaFetchMetadata = await fetch(`${app.baseUrl}/log-ind`, {
      method: "POST",
      headers: { "Sec-Fetch-Site": "cross-site", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.dk&password=x",
    });
    expect(viaFetchMetadata.status).toBe(403);
  });

  it("refuses a form post from an opaque origin (Origin: null) with a translated 403, not a stack trace", async () => {
    // A sandboxed frame, a data: URL or a cross-site redirect chain sends "null"; our forms never do.
    const before = app.stderr().length;
    const response = await fetch(`${app.baseUrl}/log-ind`, {
      method: "POST",
      headers: {
        Origin: "null",
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept-Language": "da",
      },
      body: "email=a%40b.dk&password=x",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Handlingen blev afvist");
    expect(app.stderr().slice(before)).not.toContain("CSRF");
  });

  it("refuses an oversized body with a 413 and a translated page", async () => {
    const response = await fetch(`${app.baseUrl}/opret-konto`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "en" },
      body: `name=${"x".repeat(2 * 1024 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("We could not read that");
  });

  it("refuses a body without a length (chunked) before reading it", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("email=a%40b.dk&password=x"));
        controller.close();
      },
    });
    const response = await fetch(`${app.baseUrl}/log-ind`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(411);
  });

  it("answers a malformed address with a translated 400, not a 500", async () => {
    const response = await fetch(`${app.baseUrl}/min-lederdialog/aftaler/%ZZ`, {
      headers: { "Accept-Language": "da" },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Det kunne vi ikke læse");
  });

  it("signs in with an odd redirect target without failing, and keeps signed-in pages out of caches", async () => {
    const email = `redirect-${Date.now()}@kommune.dk`;
    const headers = { Origin: app.baseUrl, "Content-Type": "application/x-www-form-urlencoded" };
    const signUp = await fetch(`${app.baseUrl}/opret-konto`, {
      method: "POST",
      redirect: "manual",
      headers,
      body: new URLSearchParams({
        name: "Rie Redirect",
        email,
        password: "en god lang adgangssætning",
      }).toString(),
    });
    const cookie = signUp.headers.get("set-cookie")?.split(";")[0] ?? "";
    const page = await fetch(`${app.baseUrl}/min-lederdialog`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const signIn = await fetch(`${app.baseUrl}/log-ind`, {
      method: "POST",
      redirect: "manual",
      headers,
      body: new URLSearchParams({
        email,
        password: "en god lang adgangssætning",
        redirectTo: "/✓?x=æ",
      }).toString(),
    });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("location")).toBe("/%E2%9C%93?x=%C3%A6");
  });

  it("refuses a NUL character in a form with a 400", async () => {
    const response = await fetch(`${app.baseUrl}/opret-konto`, {
      method: "POST",
      headers: { Origin: app.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      body: "name=A%00B&email=nul%40kommune.dk&password=en+god+lang+adgangss%C3%A6tning",
    });
    expect(response.status).toBe(400);
  });

  it("answers a malformed form body with a 4xx, not a 500", async () => {
    const response = await fetch(`${app.baseUrl}/opret-konto`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=nothing" },
      body: "this is not multipart",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("keeps the connection usable after an action answered without reading a large body", async () => {
    // Signed out, the action redirects to sign-in before it reads the form; the next request on
    // the same kept-alive connection must still get its answer (it was reset before).
    const form = new FormData();
    form.append("file", new Blob(["x".repeat(900_000)]), "stor.csv");
    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = await fetch(`${app.baseUrl}/min-lederdialog`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: app.baseUrl },
        body: form,
      });
      expect(refused.status).toBe(302);
      await refused.text();
      const next = await fetch(`${app.baseUrl}/om-vaerktoejet`);
      expect(next.status).toBe(200);
      await next.text();
    }
  });

  it("stops cleanly on SIGTERM", async () => {
    const own = await startApp({ DATA_DIR: dataDir });
    expect(await own.stop()).toBe(0);
  });
});

describe.skipIf(!postgresTestUrl)("the server on PostgreSQL (DATABASE_URL)", () => {
  let database: TestDatabase;
  let app: AppProcess;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-server-pg-"));

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: database.location });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves the same Danish landing page and creates no SQLite file", async () => {
    const response = await fetch(`${app.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Styrk din dialog med din nærmeste leder");
    expect(existsSync(path.join(dataDir, "lederdialog.sqlite"))).toBe(false);
  });
});
