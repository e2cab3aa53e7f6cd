import { data, redirect } from "react-router";
import { readKnownDevices, rememberDevice } from "~/features/account/device-cookie.server";
import { mailSignInFromNewDevice } from "~/features/account/mail-new-device.server";
import { redirectWithNewSession } from "~/features/account/sign-in-session.server";
import { pathAfterSignIn } from "~/features/home/find-landing-path.server";
import { createSsoCookie } from "~/features/sso/sso-cookie.server";
import { SsoFailureMessage } from "~/features/sso/sso-failure";
import { finishSsoSignIn, UnknownSsoOrganisation } from "~/features/sso/sso-flow.server";
import type { SsoFailure } from "~/features/sso/sso-identity.server";
import { ssoUrls } from "~/features/sso/sso-urls";
import type { TextsHandle } from "~/i18n/text-areas";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import type { Route } from "./+types/sso-finish.route";

export const handle: TextsHandle = { texts: ["signIn"] };

const FAILURE_STATUS: Record<SsoFailure, number> = {
  expired: 410,
  otherBrowser: 400,
  rejected: 401,
  cancelled: 401,
  unavailable: 503,
  noEmail: 400,
  emailDomain: 403,
  otherOrganisation: 409,
  deactivated: 403,
  invalidEmail: 400,
  tooManyAttempts: 429,
};

/** The last step of single sign-on: the browser that started it gets a session, or the reason why not. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  requireAnonymous(context);
  const services = context.get(servicesContext);
  const ssoCookie = createSsoCookie(services.config);
  const browserKey = await ssoCookie.parse(request.headers.get("Cookie"));
  try {
    const result = await finishSsoSignIn(services, {
      slug: params.slug,
      signInId: params.signInId,
      browserKey: typeof browserKey === "string" ? browserKey : null,
      meta: getRequestMeta(context),
      locale: context.get(localeContext),
    });
    if ("proofId" in result) {
      // No session: the owner proves the account first, in this browser, so the attempt cookie stays
      // (set again, so that it lasts as long as the proof).
      return redirect(ssoUrls(services.config.publicUrl, params.slug).linkProof(result.proofId).pathname, {
        headers: { "Set-Cookie": await ssoCookie.serialize(browserKey) },
      });
    }
    const clearCookie = await ssoCookie.serialize("", { maxAge: 0 });
    if (!result.ok) {
      return data(
        { failure: result.failure },
        { status: FAILURE_STATUS[result.failure], headers: { "Set-Cookie": clearCookie } },
      );
    }
    const meta = getRequestMeta(context);
    const cookieHeader = request.headers.get("Cookie");
    const knownDevices = await readKnownDevices(services.config, cookieHeader);
    // A new link was mailed already; otherwise a browser that never signed in to it is mailed.
    if (!result.isNewLink && !knownDevices.some((device) => device.userId === result.user.id)) {
      await mailSignInFromNewDevice(services, {
        user: result.user,
        userAgent: meta.userAgent,
        pageLocale: context.get(localeContext),
      });
    }
    return redirectWithNewSession(services, {
      user: result.user,
      meta,
      // Checked again: an attempt started before the check was strict may still be pending.
      redirectTo: await pathAfterSignIn(services.db, {
        userId: result.user.id,
        safeRequested: safeRedirectPath(result.redirectTo, {
          origin: services.config.publicUrl,
          fallback: "",
        }),
      }),
      extraCookies: [
        clearCookie,
        await rememberDevice(services.config, { cookieHeader, userId: result.user.id }),
      ],
    });
  } catch (error) {
    if (error instanceof UnknownSsoOrganisation) throw data(null, { status: 404 });
    throw error;
  }
}

export default function SsoFinish({ loaderData }: Route.ComponentProps) {
  return <SsoFailureMessage failure={loaderData.failure} />;
}
