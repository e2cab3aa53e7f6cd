import { data, redirect } from "react-router";
import { getRequestMeta } from "~/.server/auth/request-meta-from-context";
import { requireAnonymous } from "~/.server/auth/require-user";
import { servicesContext } from "~/.server/context";
import { safeRedirectPath } from "~/.server/http/safe-redirect-path";
import { createSsoCookie } from "~/.server/sso/sso-cookie";
import { beginSsoSignIn, UnknownSsoOrganisation } from "~/.server/sso/sso-flow";
import { SsoError } from "~/.server/sso/sso-identity";
import { SsoFailureMessage } from "~/components/sso-failure";
import type { TextsHandle } from "~/i18n/text-areas";
import type { Route } from "./+types/sso-start";

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
