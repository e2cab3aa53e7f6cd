import { randomBytes } from "node:crypto";

/** One text encryption key as the environment and secrets.json spell it: 32 bytes in base64. */

export const KEY_MESSAGE = "must be 32 random bytes in base64 (for example from `openssl rand -base64 32`)";

export function isKey(value: string): boolean {
  return /^[A-Za-z0-9+/_-]{43}=?$/.test(value) && Buffer.from(value, "base64").length === 32;
}

export function newKey(): string {
  return randomBytes(32).toString("base64");
}
