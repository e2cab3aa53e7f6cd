import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

/**
 * Creates an empty file that only the owner can read, in a folder only the owner can enter. Backups
 * hold every leader's private texts and the secrets: they must not be readable by other users of the
 * machine, not even for the moment between creating and restricting them.
 */
export function createPrivateFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "wx", 0o600));
}
