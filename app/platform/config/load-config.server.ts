import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./config-error.server";
import type { Config, DatabaseConfig } from "./config-types.server";
import { readOrCreateSecrets, storedTextEncryptionKeys } from "./secrets-file.server";
import { isKey, KEY_MESSAGE } from "./text-key.server";

/**
 * Start-up configuration from environment variables. A wrong value stops start-up with one line that
 * names the variable (ConfigError). Secrets left unset come from DATA_DIR/secrets.json.
 */

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
