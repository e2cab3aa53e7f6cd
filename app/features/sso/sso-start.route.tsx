import { data, redirect } from "react-router";
import { createSsoCookie } from "~/features/sso/sso-cookie.server";
import { SsoFailureMessage } from "~/features/sso/sso-failure";
import { beginSsoSignIn, UnknownSsoOrganisation } from "~/features/sso/sso-flow.server";
import { SsoError } from "~/features/sso/sso-identity.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import type { Route } from "./+types/sso-start.route";

export const handle: TextsHandle = { texts: ["signIn"] };

/**
 * /sso/<organisation>: the way in through the organisation's identity provider (OIDC or SAML). An
 * administrator can hand out this link; the sign-in page sends people here by their e-mail domain.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  requireAnonymous(context);
  const services = context.get(servicesContext);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), {
    origin: services.config.publicUrl,
  });
  try {
    const { location, browserKey } = await beginSsoSignIn(services, {
      slug: params.slug,
      redirectTo,
      meta: getRequestMeta(context),
    });
    return redirect(location.href, {
      headers: { "Set-Cookie": await createSsoCookie(services.config).serialize(browserKey) },
    });
  } catch (error) {
    if (error instanceof UnknownSsoOrganisation) throw data(null, { status: 404 });
    if (error instanceof SsoError) {
      return data({ failure: error.failure }, { status: error.failure === "tooManyAttempts" ? 429 : 503 });
    }
    throw error;
  }
}

export default function SsoStart({ loaderData }: Route.ComponentProps) {
  return <SsoFailureMessage failure={loaderData.failure} />;
}
