import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: for session cookies and e-mailed links. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of a token, so that a copy of the database cannot be used to sign in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
