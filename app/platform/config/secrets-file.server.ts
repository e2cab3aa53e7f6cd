import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./config-error.server";
import type { TextEncryptionKeys } from "./config-types.server";
import { isKey, newKey } from "./text-key.server";

/**
 * Secrets that are not configured are generated once and kept in DATA_DIR/secrets.json (mode 0600),
 * so that a plain `npm start` needs no set-up, sessions survive a restart and texts stay readable.
 * Keep this file with every backup of the database: without the key, the texts in a copy cannot be
 * read — by anyone.
 */

export interface StoredSecrets {
  sessionSecret: string;
  textEncryptionKey: string;
  oldTextEncryptionKeys: string[];
}

/** Where generated secrets live; a backup takes this file along (app/platform/backup/). */
export function secretsFilePath(dataDir: string): string {
  return path.join(dataDir, "secrets.json");
}

export function storedTextEncryptionKeys(secrets: StoredSecrets): TextEncryptionKeys {
  return {
    current: Buffer.from(secrets.textEncryptionKey, "base64"),
    old: secrets.oldTextEncryptionKeys.map((key) => Buffer.from(key, "base64")),
    source: "secretsFile",
  };
}

/** The stored secrets, made on first use; a file from before text encryption gets its key added. */
export function readOrCreateSecrets(dataDir: string): StoredSecrets {
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

export function writeSecrets(dataDir: string, secrets: StoredSecrets): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(secretsFilePath(dataDir), `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  // The mode above applies only to a new file; one that exists keeps its own.
  chmodSync(secretsFilePath(dataDir), 0o600);
}
