import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { Executor } from "~/platform/db/database.server";
import type { SsoLinkProof } from "~/platform/db/tables/sso.table";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";
import { LINK_PROOF_MINUTES } from "~/platform/mail/link-lifetimes.server";

/** A mailed link gets LINK_PROOF_MINUTES again from the moment it is sent. */

const PROOF_COLUMNS = [
  "id",
  "organisation_id",
  "user_id",
  "provider",
  "subject",
  "email",
  "browser_key_hash",
  "redirect_to",
  "mail_token_hash",
  "mail_sent_at",
  "created_at",
  "expires_at",
  "used_at",
] as const;

const minutesFrom = (now: Date, minutes: number) => toDbTime(new Date(now.getTime() + minutes * 60_000));

/** A sign-in that named an existing account waits here for its owner's proof. */
export async function startSsoLinkProof(
  db: Executor,
  options: Pick<
    SsoLinkProof,
    "organisation_id" | "user_id" | "provider" | "subject" | "email" | "browser_key_hash" | "redirect_to"
  >,
): Promise<string> {
  const now = new Date();
  await db.deleteFrom("sso_link_proofs").where("expires_at", "<", toDbTime(now)).execute();
  const id = newSecretToken();
  await db
    .insertInto("sso_link_proofs")
    .values({
      ...options,
      id,
      mail_token_hash: null,
      mail_sent_at: null,
      created_at: toDbTime(now),
      expires_at: minutesFrom(now, LINK_PROOF_MINUTES),
      used_at: null,
    })
    .execute();
  return id;
}

export type FoundSsoLinkProof =
  | { ok: true; proof: SsoLinkProof }
  | { ok: false; failure: "expired" | "otherBrowser" };

/**
 * A proof still open, in the browser that started the sign-in (its ld_sso cookie): by the id in the
 * proof page's address, or by the mailed link's token.
 */
export async function findOpenSsoLinkProof(
  db: Executor,
  options: { organisationId: string; browserKey: string | null } & ({ id: string } | { mailToken: string }),
): Promise<FoundSsoLinkProof> {
  let query = db
    .selectFrom("sso_link_proofs")
    .select(PROOF_COLUMNS)
    .where("organisation_id", "=", options.organisationId)
    .where("used_at", "is", null)
    .where("expires_at", ">", nowDbTime());
  query =
    "id" in options
      ? query.where("id", "=", options.id)
      : query.where("mail_token_hash", "=", hashToken(options.mailToken));
  const proof = await query.executeTakeFirst();
  if (!proof) return { ok: false, failure: "expired" };
  if (!options.browserKey || hashToken(options.browserKey) !== proof.browser_key_hash) {
    return { ok: false, failure: "otherBrowser" };
  }
  return { ok: true, proof };
}

/** A new mailed link for the proof; the earlier one stops working. Returns the token for the mail. */
export async function renewSsoLinkProofMailToken(db: Executor, proofId: string): Promise<string> {
  const now = new Date();
  const token = newSecretToken();
  await db
    .updateTable("sso_link_proofs")
    .set({
      mail_token_hash: hashToken(token),
      mail_sent_at: toDbTime(now),
      expires_at: minutesFrom(now, LINK_PROOF_MINUTES),
    })
    .where("id", "=", proofId)
    .where("used_at", "is", null)
    .execute();
  return token;
}

/** Spends the proof: true for exactly one caller, however many try at once. */
export async function spendSsoLinkProof(db: Executor, proofId: string): Promise<boolean> {
  const now = nowDbTime();
  const result = await db
    .updateTable("sso_link_proofs")
    .set({ used_at: now })
    .where("id", "=", proofId)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
