import { verifyPassword } from "~/features/account/password.server";
import { reclaimAccountForMailboxOwner } from "~/features/account/reclaim-account.server";
import {
  accountThrottleKey,
  claimSignInAttempt,
  releaseSignInAttempt,
  SIGN_IN_ACCOUNT_LIMIT,
} from "~/features/account/sign-in-throttle.server";
import { isLocale, type Locale } from "~/i18n/locales";
import { isRateLimited, type RateLimitRule } from "~/platform/auth/rate-limit.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { findUserById } from "~/platform/auth/users.server";
import type { AppServices } from "~/platform/context/context.server";
import type { SsoLinkProof } from "~/platform/db/tables/sso.table";
import type { User } from "~/platform/db/tables/users.table";
import { nowDbTime } from "~/platform/db/time.server";
import { sendSsoLinkProofMail } from "./send-sso-link-proof-mail.server";
import { sendSsoLinkedMail } from "./send-sso-linked-mail.server";
import { findLinkedUser, linkSsoIdentity } from "./sso-identity-links.server";
import {
  findOpenSsoLinkProof,
  renewSsoLinkProofMailToken,
  spendSsoLinkProof,
} from "./sso-link-proofs.server";

// The owner of an existing account proves it before an identity provider's subject is linked to it
// (issue 13): with the account's password, or with the single-use link mailed to the account's
// address. Both in the browser that started the sign-in. Until then nobody gets a session for it.

type Services = Pick<AppServices, "db" | "config" | "log" | "mailer">;

interface ProofRequest {
  organisationId: string;
  browserKey: string | null;
  meta: RequestMeta;
  /** The page's language, for the mails when the account has none of its own. */
  locale: Locale;
}

export type SsoLinkProofFailure = "expired" | "otherBrowser" | "wrongPassword" | "noPassword" | "rateLimited";

export type ProvedSsoLink =
  | { ok: true; user: User; redirectTo: string }
  | { ok: false; failure: SsoLinkProofFailure };

/** A person who asks for link after link is refused for a while; so is one network address. */
export const LINK_PROOF_MAIL_LIMIT: RateLimitRule = {
  events: ["sso_link_proof_mailed"],
  windowMinutes: 60,
  perEmail: 5,
  perIp: 30,
};

/** The open proof and its account, for the proof page. */
export async function findSsoLinkProofAccount(
  db: Services["db"],
  options: { organisationId: string; proofId: string; browserKey: string | null },
): Promise<
  { ok: true; proof: SsoLinkProof; user: User } | { ok: false; failure: "expired" | "otherBrowser" }
> {
  const found = await findOpenSsoLinkProof(db, {
    organisationId: options.organisationId,
    browserKey: options.browserKey,
    id: options.proofId,
  });
  if (!found.ok) return found;
  const user = await findUserById(db, found.proof.user_id);
  if (user?.is_active !== 1) return { ok: false, failure: "expired" };
  return { ok: true, proof: found.proof, user };
}

export async function proveSsoLinkWithPassword(
  services: Services,
  options: ProofRequest & { proofId: string; password: string },
): Promise<ProvedSsoLink> {
  const found = await findSsoLinkProofAccount(services.db, options);
  if (!found.ok) return found;
  const { proof, user } = found;
  if (!user.password_hash) return { ok: false, failure: "noPassword" };
  // A password tried here counts against the account's counter of the sign-in page (decision 027),
  // claimed before the password is checked.
  const accountKey = accountThrottleKey(user.email);
  if ((await claimSignInAttempt(services.db, accountKey)) > SIGN_IN_ACCOUNT_LIMIT) {
    await logSecurityEvent(services.db, {
      event: "sign_in_throttled",
      meta: options.meta,
      email: user.email,
      userId: user.id,
      organisationId: user.organisation_id,
    });
    return { ok: false, failure: "rateLimited" };
  }
  if (!(await verifyPassword(user.password_hash, options.password))) {
    await logSecurityEvent(services.db, {
      event: "sign_in_failed",
      meta: options.meta,
      email: user.email,
      userId: user.id,
      organisationId: user.organisation_id,
    });
    return { ok: false, failure: "wrongPassword" };
  }
  await releaseSignInAttempt(services.db, accountKey);
  return completeSsoLink(services, { ...options, proof, user, isMailProof: false });
}

/** Mails a new single-use link to the account's own address (never to whoever asks). */
export async function requestSsoLinkProofMail(
  services: Services,
  options: ProofRequest & { proofId: string; slug: string },
): Promise<{ ok: true; email: string } | { ok: false; failure: SsoLinkProofFailure }> {
  const found = await findSsoLinkProofAccount(services.db, options);
  if (!found.ok) return found;
  const { proof, user } = found;
  if (await isRateLimited(services.db, LINK_PROOF_MAIL_LIMIT, { email: user.email, meta: options.meta })) {
    return { ok: false, failure: "rateLimited" };
  }
  const token = await renewSsoLinkProofMailToken(services.db, proof.id);
  await logSecurityEvent(services.db, {
    event: "sso_link_proof_mailed",
    meta: options.meta,
    email: user.email,
    userId: user.id,
    organisationId: user.organisation_id,
  });
  await sendSsoLinkProofMail(services, {
    user,
    slug: options.slug,
    token,
    provider: proof.provider,
    locale: localeOf(user, options.locale),
  });
  return { ok: true, email: user.email };
}

/** The mailed link, opened: in the browser that started the sign-in, once. */
export async function proveSsoLinkWithMail(
  services: Services,
  options: ProofRequest & { token: string },
): Promise<ProvedSsoLink> {
  const found = await findOpenSsoLinkProof(services.db, {
    organisationId: options.organisationId,
    browserKey: options.browserKey,
    mailToken: options.token,
  });
  if (!found.ok) return found;
  const user = await findUserById(services.db, found.proof.user_id);
  if (user?.is_active !== 1) return { ok: false, failure: "expired" };
  return completeSsoLink(services, { ...options, proof: found.proof, user, isMailProof: true });
}

async function completeSsoLink(
  services: Services,
  options: ProofRequest & { proof: SsoLinkProof; user: User; isMailProof: boolean },
): Promise<ProvedSsoLink> {
  const { proof, user, meta } = options;
  const subject = { organisationId: proof.organisation_id, provider: proof.provider, subject: proof.subject };
  const event = { meta, email: user.email, userId: user.id, organisationId: user.organisation_id };
  const link = () =>
    services.db.transaction().execute(async (tx) => {
      if (!(await spendSsoLinkProof(tx, proof.id))) return false;
      const linked = await findLinkedUser(tx, subject);
      if (linked && linked.id !== user.id) return false;
      // The link reached the account's mailbox and came back: the address is the person's. An
      // account whose address was never proven may have been made by someone else with it (an
      // outsider who signed up first): what they arranged goes, before the owner's link is made.
      if (options.isMailProof && user.email_verified_at === null) {
        await reclaimAccountForMailboxOwner(tx, user.id);
        await tx
          .updateTable("users")
          .set({ email_verified_at: nowDbTime() })
          .where("id", "=", user.id)
          .execute();
      }
      if (!(await findLinkedUser(tx, subject))) {
        await linkSsoIdentity(tx, { ...subject, userId: user.id, email: proof.email });
      }
      await logSecurityEvent(tx, { ...event, event: "sso_linked" });
      await logSecurityEvent(tx, { ...event, event: "sign_in_sso" });
      return true;
    });
  let isLinked: boolean;
  try {
    isLinked = await link();
  } catch (error) {
    // Two proofs of the same subject at the same moment: the unique key decides, the other is spent.
    if ((await findLinkedUser(services.db, subject))?.id !== user.id) throw error;
    isLinked = false;
  }
  if (!isLinked) return { ok: false, failure: "expired" };
  await sendSsoLinkedMail(services, {
    user,
    provider: proof.provider,
    locale: localeOf(user, options.locale),
  });
  return { ok: true, user, redirectTo: proof.redirect_to };
}

function localeOf(user: Pick<User, "locale">, fallback: Locale): Locale {
  return isLocale(user.locale) ? user.locale : fallback;
}
