import { hash, verify } from "@node-rs/argon2";
import pLimit from "p-limit";

// argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum.
//
// Each hash or verification holds its 19 MiB for its whole run, on one of libuv's four threads:
// four people signing in at the same moment added 57–70 MB to the server's peak memory
// (docs/performance.md). Two at a time keeps that under 40 MB; a third person waits a few tens of
// milliseconds, which a sign-in can afford (and the throttle already spaces out a guesser's tries).
export const ARGON2_AT_ONCE = 2;
const argon2Turns = pLimit(ARGON2_AT_ONCE);

export async function hashPassword(password: string): Promise<string> {
  return argon2Turns(() => hash(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2Turns(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/**
 * A real hash of a throw-away password, verified when no account has the given e-mail, so that a
 * wrong address takes as long as a wrong password and does not reveal who has an account.
 */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("lederdialog-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
