import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { Executor } from "~/platform/db/database.server";
import { toDbTime } from "~/platform/db/time.server";

/** How long a checked file waits for "Importér": long enough to read the preview, no longer. */
export const PEOPLE_UPLOAD_MINUTES = 60;

interface Owner {
  organisationId: string;
  userId: string;
}

/**
 * Keeps a checked people file on the server until the administrator confirms the import (issue
 * 16, decision 044). Returns the token the confirm form carries; only its hash is stored. The
 * administrator's earlier upload and every expired one are dropped first, so the table holds at
 * most one file per administrator.
 */
export async function keepPeopleUpload(
  db: Executor,
  options: Owner & { csv: string; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  await db
    .deleteFrom("people_uploads")
    .where((eb) => eb.or([eb("expires_at", "<=", toDbTime(now)), eb("user_id", "=", options.userId)]))
    .execute();
  const token = newSecretToken();
  await db
    .insertInto("people_uploads")
    .values({
      id: hashToken(token),
      organisation_id: options.organisationId,
      user_id: options.userId,
      body: options.csv,
      created_at: toDbTime(now),
      expires_at: toDbTime(new Date(now.getTime() + PEOPLE_UPLOAD_MINUTES * 60_000)),
    })
    .execute();
  return token;
}

/**
 * The waiting file for a confirm form's token: only the administrator who uploaded it, in the same
 * organisation, before it expires. Anyone else (another organisation's administrator with a stolen
 * token too) gets undefined, the same answer as for a token that never was.
 */
export async function findPeopleUpload(
  db: Executor,
  options: Owner & { token: unknown; now?: Date },
): Promise<string | undefined> {
  if (typeof options.token !== "string" || options.token === "" || options.token.length > 100) return;
  const row = await db
    .selectFrom("people_uploads")
    .select("body")
    .where("id", "=", hashToken(options.token))
    .where("organisation_id", "=", options.organisationId)
    .where("user_id", "=", options.userId)
    .where("expires_at", ">", toDbTime(options.now ?? new Date()))
    .executeTakeFirst();
  return row?.body;
}

/** Drops the waiting file once it is imported (or can no longer be). */
export async function dropPeopleUpload(db: Executor, options: Owner & { token: string }): Promise<void> {
  await db
    .deleteFrom("people_uploads")
    .where("id", "=", hashToken(options.token))
    .where("organisation_id", "=", options.organisationId)
    .where("user_id", "=", options.userId)
    .execute();
}
