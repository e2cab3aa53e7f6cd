import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/**
 * Start-up configuration from environment variables. A wrong value stops start-up with one line that
 * names the variable (ConfigError), never a stack trace. The messages are for operators, so they are
 * English and live here rather than in the user-facing catalogs.
 */

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Config {
  isProduction: boolean;
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  publicUrl: URL;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  logLevel: string;
  trustProxy: boolean;
  /** How often each process looks for reminder mails that are due. */
  reminderIntervalSeconds: number;
  /** AES-256 keys for the texts people write (decision 018): the current one seals, all open. */
  textEncryption: TextEncryptionKeys;
  /**
   * Name servers that check e-mail domain proofs (`ip`, `ip:port`, `[ipv6]:port`); undefined: the
   * system's. Tests point it at a DNS server of their own on loopback (decision 024).
   */
  dnsServers: string[] | undefined;
}

export interface TextEncryptionKeys {
  current: Buffer;
  /** Earlier keys, kept only until `rotate-key` has re-sealed every text with the current one. */
  old: Buffer[];
  /** Where they came from: only keys in DATA_DIR/secrets.json can be rotated by the app itself. */
  source: "environment" | "secretsFile";
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const KEY_MESSAGE = "must be 32 random bytes in base64 (for example from `openssl rand -base64 32`)";

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  DATA_DIR: z.string().min(1, "must not be empty").default("./data"),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === "" || isPostgresUrl(value), {
      message:
        'must be a PostgreSQL URL such as "postgres://user@host:5432/lederdialog" (leave it unset for the embedded SQLite database)',
    }),
  SQLITE_FILE: z.string().min(1, "must not be empty").optional(),
  HOST: z.string().min(1, "must not be empty").default("0.0.0.0"),
  PORT: z
    .string()
    .default("3000")
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, {
      message: "must be a whole number from 1 to 65535",
    }),
  PUBLIC_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || isHttpUrl(value), {
      message: 'must be an http(s) URL such as "https://lederdialog.example.dk"',
    }),
  SMTP_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === "" || /^smtps?:\/\/[^/]+/.test(value), {
      message: 'must be an SMTP URL such as "smtp://user:password@mail.example.dk:587"',
    }),
  MAIL_FROM: z
    .string()
    .min(3, "must be a sender address")
    .default("Lederdialog <no-reply@lederdialog.local>"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  TEXT_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine((value) => value === undefined || isKey(value), { message: KEY_MESSAGE }),
  TEXT_ENCRYPTION_OLD_KEYS: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || value === "" || value.split(",").every((key) => isKey(key.trim())),
      {
        message: `must be a comma-separated list of keys; each ${KEY_MESSAGE}`,
      },
    ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z.enum(["true", "false", "1", "0"]).default("false"),
  DNS_SERVERS: z
    .string()
    .optional()
    .refine((value) => value === undefined || value.trim() === "" || parseDnsServers(value) !== undefined, {
      message:
        'must be a comma-separated list of name server addresses such as "10.0.0.53,[2001:db8::53]:53"',
    }),
  REMINDER_INTERVAL_SECONDS: z
    .string()
    .default("60")
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 86_400, {
      message: "must be a whole number of seconds from 1 to 86400",
    }),
});

/** `ip`, `ip:port`, `[ipv6]` or `[ipv6]:port`, comma-separated, as node:dns's setServers takes them. */
export function parseDnsServers(value: string): string[] | undefined {
  const servers = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const isServer = (entry: string) => {
    if (isIP(entry) !== 0) return true;
    const match = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(entry);
    if (!match) return false;
    const host = match[1] ?? match[2] ?? "";
    const port = match[3] === undefined ? 53 : Number(match[3]);
    return (match[1] ? isIP(host) === 6 : isIP(host) === 4) && port >= 1 && port <= 65535;
  };
  return servers.length > 0 && servers.every(isServer) ? servers : undefined;
}

function isKey(value: string): boolean {
  return /^[A-Za-z0-9+/_-]{43}=?$/.test(value) && Buffer.from(value, "base64").length === 32;
}

function isPostgresUrl(value: string): boolean {
  if (!/^postgres(ql)?:\/\//.test(value)) return false;
  try {
    return new URL(value).hostname !== "" || value.includes("host=");
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Reads and checks the environment; throws ConfigError naming the first wrong variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  defaults: { dataDir?: string } = {},
): Config {
  const parsed = envSchema.safeParse({ ...env, DATA_DIR: env.DATA_DIR || defaults.dataDir || undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    const given = env[name];
    const shown = given === undefined ? "" : ` (got "${name.includes("SECRET") ? "…" : given}")`;
    throw new ConfigError(`Configuration error: ${name} ${issue?.message ?? "is invalid"}${shown}.`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.DATA_DIR);
  const port = Number(values.PORT);
  const database: DatabaseConfig = values.DATABASE_URL
    ? { kind: "postgres", url: values.DATABASE_URL }
    : { kind: "sqlite", file: path.resolve(values.SQLITE_FILE ?? path.join(dataDir, "lederdialog.sqlite")) };
  return {
    isProduction: values.NODE_ENV === "production",
    dataDir,
    database,
    host: values.HOST,
    port,
    publicUrl: new URL(values.PUBLIC_URL ?? `http://localhost:${port}`),
    smtpUrl: values.SMTP_URL || undefined,
    mailFrom: values.MAIL_FROM,
    sessionSecret: values.SESSION_SECRET ?? readOrCreateSecrets(dataDir).sessionSecret,
    textEncryption: values.TEXT_ENCRYPTION_KEY
      ? {
          current: Buffer.from(values.TEXT_ENCRYPTION_KEY, "base64"),
          old: (values.TEXT_ENCRYPTION_OLD_KEYS ?? "")
            .split(",")
            .map((key) => key.trim())
            .filter(Boolean)
            .map((key) => Buffer.from(key, "base64")),
          source: "environment",
        }
      : storedTextEncryptionKeys(readOrCreateSecrets(dataDir)),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY === "true" || values.TRUST_PROXY === "1",
    reminderIntervalSeconds: Number(values.REMINDER_INTERVAL_SECONDS),
    dnsServers: values.DNS_SERVERS ? parseDnsServers(values.DNS_SERVERS) : undefined,
  };
}

interface StoredSecrets {
  sessionSecret: string;
  textEncryptionKey: string;
  oldTextEncryptionKeys: string[];
}

function newKey(): string {
  return randomBytes(32).toString("base64");
}

function storedTextEncryptionKeys(secrets: StoredSecrets): TextEncryptionKeys {
  return {
    current: Buffer.from(secrets.textEncryptionKey, "base64"),
    old: secrets.oldTextEncryptionKeys.map((key) => Buffer.from(key, "base64")),
    source: "secretsFile",
  };
}

/** Where generated secrets live; a backup takes this file along (app/.server/backup/). */
export function secretsFilePath(dataDir: string): string {
  return path.join(dataDir, "secrets.json");
}

/**
 * Secrets that are not configured are generated once and kept in DATA_DIR/secrets.json (mode 0600),
 * so that a plain `npm start` needs no set-up, sessions survive a restart and texts stay readable.
 * A file from before text encryption gets its key added. Keep this file with every backup of the
 * database: without the key, the texts in a copy cannot be read — by anyone.
 */
function readOrCreateSecrets(dataDir: string): StoredSecrets {
  const file = secretsFilePath(dataDir);
  if (!existsSync(file)) {
    const secrets: StoredSecrets = {
      sessionSecret: randomBytes(32).toString("base64url"),
      textEncryptionKey: newKey(),
      oldTextEncryptionKeys: [],
    };
    writeSecrets(dataDir, secrets);
    return secrets;
  }
  const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<StoredSecrets>;
  if (typeof stored.sessionSecret !== "string" || stored.sessionSecret.length < 32) {
    throw new ConfigError(
      `Configuration error: ${file} has no valid sessionSecret; remove the file or set SESSION_SECRET.`,
    );
  }
  const oldKeys = stored.oldTextEncryptionKeys ?? [];
  if (stored.textEncryptionKey !== undefined && !isKey(stored.textEncryptionKey)) {
    throw new ConfigError(`Configuration error: ${file} has an invalid textEncryptionKey.`);
  }
  const secrets: StoredSecrets = {
    sessionSecret: stored.sessionSecret,
    textEncryptionKey: stored.textEncryptionKey ?? newKey(),
    oldTextEncryptionKeys: Array.isArray(oldKeys) ? oldKeys.filter(isKey) : [],
  };
  if (stored.textEncryptionKey === undefined) writeSecrets(dataDir, secrets);
  return secrets;
}

function writeSecrets(dataDir: string, secrets: StoredSecrets): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(secretsFilePath(dataDir), `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  // The mode above applies only to a new file; one that exists keeps its own.
  chmodSync(secretsFilePath(dataDir), 0o600);
}

/**
 * Key rotation in embedded mode, step 1: a new key becomes current and the old one is kept for
 * opening what it sealed. Step 2 (`forgetOldTextKeys`) runs once every text is sealed again.
 */
export function startStoredTextKeyRotation(dataDir: string): TextEncryptionKeys {
  const secrets = readOrCreateSecrets(dataDir);
  const rotated: StoredSecrets = {
    ...secrets,
    textEncryptionKey: newKey(),
    oldTextEncryptionKeys: [secrets.textEncryptionKey, ...secrets.oldTextEncryptionKeys],
  };
  writeSecrets(dataDir, rotated);
  return storedTextEncryptionKeys(rotated);
}

export function forgetOldTextKeys(dataDir: string): void {
  writeSecrets(dataDir, { ...readOrCreateSecrets(dataDir), oldTextEncryptionKeys: [] });
}
