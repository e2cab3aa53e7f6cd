import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { Executor } from "~/platform/db/database.server";
import type { SsoProtocol, SsoSignIn } from "~/platform/db/tables/sso.table";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";
import { isSsoFailure, type SsoFailure, type SsoIdentity } from "./sso-identity.server";

/** Long enough to type a password and a one-time code at the identity provider, no longer. */
const SIGN_IN_LIFETIME_MS = 15 * 60 * 1000;

export interface StartedSsoSignIn {
  id: string;
  /** Goes into the browser's ld_sso cookie; only its hash is stored. */
  browserKey: string;
}

export async function startSsoSignIn(
  db: Executor,
  options: {
    organisationId: string;
    protocol: SsoProtocol;
    redirectTo: string;
    oidcCodeVerifier?: string;
    oidcNonce?: string;
    samlRequestId?: string;
  },
): Promise<StartedSsoSignIn> {
  const now = new Date();
  // Attempts that were never finished are useless after they expire; clearing them here keeps the
  // table small without a separate job.
  await db.deleteFrom("sso_sign_ins").where("expires_at", "<", toDbTime(now)).execute();
  const started = { id: newSecretToken(), browserKey: newSecretToken() };
  await db
    .insertInto("sso_sign_ins")
    .values({
      id: started.id,
      organisation_id: options.organisationId,
      protocol: options.protocol,
      browser_key_hash: hashToken(started.browserKey),
      redirect_to: options.redirectTo,
      oidc_code_verifier: options.oidcCodeVerifier ?? null,
      oidc_nonce: options.oidcNonce ?? null,
      saml_request_id: options.samlRequestId ?? null,
      status: "pending",
      failure: null,
      subject: null,
      email: null,
      name: null,
      provider: null,
      created_at: toDbTime(now),
      expires_at: toDbTime(new Date(now.getTime() + SIGN_IN_LIFETIME_MS)),
    })
    .execute();
  return started;
}

const SIGN_IN_COLUMNS = [
  "id",
  "organisation_id",
  "protocol",
  "browser_key_hash",
  "redirect_to",
  "oidc_code_verifier",
  "oidc_nonce",
  "saml_request_id",
  "status",
  "failure",
  "subject",
  "email",
  "name",
  "provider",
  "created_at",
  "expires_at",
] as const;

/** An attempt still waiting for the identity provider's answer. */
export async function findPendingSsoSignIn(
  db: Executor,
  options: { id: string; organisationId: string; protocol: SsoProtocol },
): Promise<SsoSignIn | undefined> {
  return db
    .selectFrom("sso_sign_ins")
    .select(SIGN_IN_COLUMNS)
    .where("id", "=", options.id)
    .where("organisation_id", "=", options.organisationId)
    .where("protocol", "=", options.protocol)
    .where("status", "=", "pending")
    .where("expires_at", ">", nowDbTime())
    .executeTakeFirst();
}

/**
 * Records the identity provider's verified answer. Only a pending attempt moves on, and only once:
 * a replayed response or a second callback finds nothing to update and is refused.
 */
export async function recordSsoIdentity(
  db: Executor,
  id: string,
  identity: SsoIdentity,
  provider: string,
): Promise<boolean> {
  const result = await db
    .updateTable("sso_sign_ins")
    .set({
      status: "authenticated",
      subject: identity.subject,
      email: identity.email,
      name: identity.name,
      provider,
    })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function recordSsoFailure(db: Executor, id: string, failure: SsoFailure): Promise<void> {
  await db
    .updateTable("sso_sign_ins")
    .set({ status: "failed", failure })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .execute();
}

export type ConsumedSsoSignIn =
  | { ok: true; signIn: SsoSignIn & { subject: string; email: string; name: string } }
  | { ok: false; failure: SsoFailure };

/**
 * The last step, in the browser that started the attempt: its cookie must match, and the attempt
 * is used up in the same conditional update, so it can make one session only.
 */
export async function consumeSsoSignIn(
  db: Executor,
  options: { id: string; organisationId: string; browserKey: string | null },
): Promise<ConsumedSsoSignIn> {
  const signIn = await db
    .selectFrom("sso_sign_ins")
    .select(SIGN_IN_COLUMNS)
    .where("id", "=", options.id)
    .where("organisation_id", "=", options.organisationId)
    .executeTakeFirst();
  if (
    !signIn ||
    signIn.expires_at <= nowDbTime() ||
    signIn.status === "used" ||
    signIn.status === "pending"
  ) {
    return { ok: false, failure: "expired" };
  }
  if (!options.browserKey || hashToken(options.browserKey) !== signIn.browser_key_hash) {
    return { ok: false, failure: "otherBrowser" };
  }
  if (signIn.status === "failed")
    return { ok: false, failure: isSsoFailure(signIn.failure) ? signIn.failure : "rejected" };
  const used = await db
    .updateTable("sso_sign_ins")
    .set({ status: "used" })
    .where("id", "=", signIn.id)
    .where("status", "=", "authenticated")
    .executeTakeFirst();
  const { subject, email, name } = signIn;
  if (used.numUpdatedRows !== 1n || subject === null || email === null || name === null) {
    return { ok: false, failure: "expired" };
  }
  return { ok: true, signIn: { ...signIn, subject, email, name } };
}
