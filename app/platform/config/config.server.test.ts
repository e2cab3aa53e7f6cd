import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.server";
import { loadConfig } from "./load-config.server";
import { forgetOldTextKeys, startStoredTextKeyRotation } from "./rotate-stored-text-key.server";

const GOOD_SECRET = "a-session-secret-that-is-long-enough-0123456789";
const GOOD_KEY = randomBytes(32).toString("base64");
const OLD_KEY = randomBytes(32).toString("base64");

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-config-test-"));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The ConfigError that start-up would print for this environment. */
function configErrorFor(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig({ DATA_DIR: tempDataDir(), SESSION_SECRET: GOOD_SECRET, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("runs with no set-up: embedded SQLite under DATA_DIR, port 3000, localhost public URL", () => {
    const dataDir = tempDataDir();
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: GOOD_SECRET });
    expect(config.database).toEqual({ kind: "sqlite", file: path.join(dataDir, "lederdialog.sqlite") });
    expect(config.port).toBe(3000);
    expect(config.publicUrl.href).toBe("http://localhost:3000/");
    expect(config.smtpUrl).toBeUndefined();
    expect(config.isProduction).toBe(false);
  });

  it("selects PostgreSQL when DATABASE_URL is a postgres URL", () => {
    for (const url of [
      "postgres://app@db.example:5432/lederdialog",
      "postgresql://app@db.example/lederdialog",
    ]) {
      const config = loadConfig({ DATA_DIR: tempDataDir(), SESSION_SECRET: GOOD_SECRET, DATABASE_URL: url });
      expect(config.database).toEqual({ kind: "postgres", url });
    }
  });

  it.each(["abc", "0", "70000", "3000.5", ""])("refuses PORT=%j with one line naming PORT", (port) => {
    const error = configErrorFor({ PORT: port });
    expect(error.message.split("\n")).toHaveLength(1);
    expect(error.message).toContain("PORT");
  });

  it.each([
    ["DATABASE_URL", "mysql://x"],
    ["DATABASE_URL", "nonsense"],
    ["PUBLIC_URL", "not a url"],
    ["PUBLIC_URL", "ftp://lederdialog.example.dk"],
    ["SMTP_URL", "http://mail.example.dk"],
    ["SMTP_URL", "mail.example.dk:587"],
  ])("refuses a wrong %s (%j) with one line naming it", (name, value) => {
    const error = configErrorFor({ [name]: value });
    expect(error.message.split("\n")).toHaveLength(1);
    expect(error.message).toContain(name);
  });

  it("looks for due reminders every 60 seconds unless REMINDER_INTERVAL_SECONDS says otherwise", () => {
    const env = { DATA_DIR: tempDataDir(), SESSION_SECRET: GOOD_SECRET };
    expect(loadConfig(env).reminderIntervalSeconds).toBe(60);
    expect(loadConfig({ ...env, REMINDER_INTERVAL_SECONDS: "300" }).reminderIntervalSeconds).toBe(300);
  });

  it.each(["0", "-5", "1.5", "abc", "", "86401"])(
    "refuses REMINDER_INTERVAL_SECONDS=%j with one line naming it",
    (value) => {
      const error = configErrorFor({ REMINDER_INTERVAL_SECONDS: value });
      expect(error.message.split("\n")).toHaveLength(1);
      expect(error.message).toContain("REMINDER_INTERVAL_SECONDS");
    },
  );

  it("checks domain proofs with the system's name servers unless DNS_SERVERS names others", () => {
    const env = { DATA_DIR: tempDataDir(), SESSION_SECRET: GOOD_SECRET };
    expect(loadConfig(env).dnsServers).toBeUndefined();
    expect(loadConfig({ ...env, DNS_SERVERS: "" }).dnsServers).toBeUndefined();
    expect(
      loadConfig({ ...env, DNS_SERVERS: "127.0.0.1:5353, 10.0.0.53,[::1]:53,2001:db8::1" }).dnsServers,
    ).toEqual(["127.0.0.1:5353", "10.0.0.53", "[::1]:53", "2001:db8::1"]);
  });

  it.each(["dns.example", "127.0.0.1:0", "127.0.0.1:70000", "[127.0.0.1]:53", "1.2.3:53", ",", "::1:53:x"])(
    "refuses DNS_SERVERS=%j with one line naming it",
    (value) => {
      const error = configErrorFor({ DNS_SERVERS: value });
      expect(error.message.split("\n")).toHaveLength(1);
      expect(error.message).toContain("DNS_SERVERS");
    },
  );

  it("refuses a short SESSION_SECRET without printing the secret", () => {
    const secret = "short-but-secret-Xq7";
    const error = configErrorFor({ SESSION_SECRET: secret });
    expect(error.message.split("\n")).toHaveLength(1);
    expect(error.message).toContain("SESSION_SECRET");
    expect(error.message).not.toContain(secret);
  });

  it("without SESSION_SECRET, generates one into DATA_DIR/secrets.json (0600) and keeps it", () => {
    const dataDir = tempDataDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const stored = JSON.parse(readFileSync(file, "utf8"));
    expect(stored).toEqual({
      sessionSecret: first.sessionSecret,
      textEncryptionKey: first.textEncryption.current.toString("base64"),
      oldTextEncryptionKeys: [],
    });
    expect(first.textEncryption.current).toHaveLength(32);

    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(second.textEncryption.current.equals(first.textEncryption.current)).toBe(true);
    // Another installation gets its own secret.
    expect(loadConfig({ DATA_DIR: tempDataDir() }).sessionSecret).not.toBe(first.sessionSecret);
  });

  it("prefers a configured SESSION_SECRET and TEXT_ENCRYPTION_KEY and then writes no secrets file", () => {
    const dataDir = tempDataDir();
    const config = loadConfig({
      DATA_DIR: dataDir,
      SESSION_SECRET: GOOD_SECRET,
      TEXT_ENCRYPTION_KEY: GOOD_KEY,
      TEXT_ENCRYPTION_OLD_KEYS: ` ${OLD_KEY} `,
    });
    expect(config.sessionSecret).toBe(GOOD_SECRET);
    expect(config.textEncryption.current.toString("base64")).toBe(GOOD_KEY);
    expect(config.textEncryption.old.map((key) => key.toString("base64"))).toEqual([OLD_KEY]);
    expect(config.textEncryption.source).toBe("environment");
    expect(() => statSync(path.join(dataDir, "secrets.json"))).toThrow();
  });

  it("refuses a text key that is not 32 bytes of base64, without printing it", () => {
    const error = configErrorFor({ TEXT_ENCRYPTION_KEY: "too-short" });
    expect(error.message).toMatch(
      /^Configuration error: TEXT_ENCRYPTION_KEY must be 32 random bytes in base64/,
    );
    expect(
      configErrorFor({ TEXT_ENCRYPTION_KEY: GOOD_KEY, TEXT_ENCRYPTION_OLD_KEYS: "x,y" }).message,
    ).toMatch(/TEXT_ENCRYPTION_OLD_KEYS must be a comma-separated list/);
  });

  it("adds a text key to a secrets file from before encryption, keeping its session secret", () => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, "secrets.json");
    writeFileSync(file, JSON.stringify({ sessionSecret: GOOD_SECRET }));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.sessionSecret).toBe(GOOD_SECRET);
    expect(JSON.parse(readFileSync(file, "utf8")).textEncryptionKey).toBe(
      config.textEncryption.current.toString("base64"),
    );
  });

  it("rotates a stored text key in two steps: a new current key, then the old one forgotten", () => {
    const dataDir = tempDataDir();
    const before = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: GOOD_SECRET }).textEncryption;
    const rotated = startStoredTextKeyRotation(dataDir);
    expect(rotated.current.equals(before.current)).toBe(false);
    expect(rotated.old.map((key) => key.toString("base64"))).toEqual([before.current.toString("base64")]);
    expect(loadConfig({ DATA_DIR: dataDir }).textEncryption.old).toHaveLength(1);
    forgetOldTextKeys(dataDir);
    const after = loadConfig({ DATA_DIR: dataDir }).textEncryption;
    expect(after.current.equals(rotated.current)).toBe(true);
    expect(after.old).toEqual([]);
  });
});
