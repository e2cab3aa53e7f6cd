import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { secretsFilePath } from "~/platform/config/secrets-file.server";
import { secretsBesideBackup } from "./backup-files.server";
import { createPrivateFile } from "./private-file.server";

/**
 * The generated secrets (DATA_DIR/secrets.json) go along with every backup: the session secret now,
 * and the key that will encrypt texts at rest. A database backup without its key cannot be read.
 * Returns where the copy went, or undefined when there is no secrets file (all set in the environment).
 */
export function copySecretsBeside(dataDir: string, backupFile: string): string | undefined {
  const source = secretsFilePath(dataDir);
  if (!existsSync(source)) return undefined;
  const target = secretsBesideBackup(backupFile);
  createPrivateFile(target);
  writeFileSync(target, readFileSync(source));
  return target;
}

export type SecretsRestore =
  | { kind: "restored"; previous: string | undefined }
  | { kind: "unchanged" }
  | { kind: "missing"; expected: string };

/**
 * Puts the secrets kept beside a backup back into DATA_DIR. A different current file is kept as
 * `secrets.json.<time>.before-restore`, like the database.
 */
export function restoreSecretsBeside(dataDir: string, backupFile: string, stamp: string): SecretsRestore {
  const kept = secretsBesideBackup(backupFile);
  if (!existsSync(kept)) return { kind: "missing", expected: kept };
  const target = secretsFilePath(dataDir);
  const hasCurrent = existsSync(target);
  if (hasCurrent && readFileSync(target, "utf8") === readFileSync(kept, "utf8")) return { kind: "unchanged" };
  const previous = hasCurrent ? `${target}.${stamp}.before-restore` : undefined;
  if (previous) renameSync(target, previous);
  createPrivateFile(target);
  writeFileSync(target, readFileSync(kept));
  return { kind: "restored", previous };
}
