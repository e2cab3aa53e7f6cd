import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum.
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
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
  dummyHash ??= hash("lederdialog-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
