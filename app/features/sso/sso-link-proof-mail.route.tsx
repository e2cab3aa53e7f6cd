import { data, href, Link } from "react-router";
import { redirectWithNewSession } from "~/features/account/sign-in-session.server";
import { proveSsoLinkWithMail } from "~/features/sso/prove-sso-link.server";
import { findSsoOrganisationBySlug } from "~/features/sso/sso-connections.server";
import { createSsoCookie } from "~/features/sso/sso-cookie.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/sso-link-proof-mail.route";

export const handle: TextsHandle = { texts: ["signIn", "account"] };

/*
 * /sso/<organisation>/link/<token>: the single-use link mailed to an account's address, opened. It
 * proves the account is the person's only in the browser that started the sign-in (the ld_sso
 * cookie is checked before the link is spent, so a mail scanner that opens it spends nothing); then
 * the identity is linked, the address counts as verified, and the session starts.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  requireAnonymous(context);
  const services = context.get(servicesContext);
  const found = await findSsoOrganisationBySlug(services.db, params.slug);
  if (!found) throw data(null, { status: 404 });
  const ssoCookie = createSsoCookie(services.config);
  const browserKey = await ssoCookie.parse(request.headers.get("Cookie"));
  const meta = getRequestMeta(context);
  const proved = await proveSsoLinkWithMail(services, {
    organisationId: found.organisation.id,
    browserKey: typeof browserKey === "string" ? browserKey : null,
    token: params.token,
    meta,
    locale: context.get(localeContext),
  });
  if (proved.ok) {
    return redirectWithNewSession(services, {
      user: proved.user,
      meta,
      redirectTo: proved.redirectTo,
      extraCookies: [await ssoCookie.serialize("", { maxAge: 0 })],
    });
  }
  const isOtherBrowser = proved.failure === "otherBrowser";
  return data({ isOtherBrowser }, { status: isOtherBrowser ? 400 : 410 });
}

export default function SsoLinkProofMail({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={t("auth.sso.failureTitle")} />
      <h1>{t("auth.sso.failureTitle")}</h1>
      <p role="alert">
        {loaderData.isOtherBrowser
          ? t("accountSecurity.proof.linkOtherBrowser")
          : t("accountSecurity.proof.linkExpired")}
      </p>
      <p>
        <Link to={href("/log-ind")}>{t("auth.sso.backToSignIn")}</Link>
      </p>
    </div>
  );
}
