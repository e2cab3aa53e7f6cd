import { data, Form, href, Link, useSearchParams } from "react-router";
import { deliverEmailVerification } from "~/features/account/deliver-email-verification.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { EMAIL_VERIFICATION_LIMIT, isRateLimited } from "~/platform/auth/rate-limit.server";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { getOptionalUser, requireUser } from "~/platform/auth/require-user.server";
import { findUserById } from "~/platform/auth/users.server";
import { afterAnswerContext, localeContext, servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/check-email.route";

export const handle: TextsHandle = { texts: ["account"] };

// "Tjek din mail": where sign-up always leads, whether or not the address had an account (issue
// 13, finding 7), and where "send the link again" is posted. The page shows a signed-in person's
// own address only; signed out, it says the same to everyone.

function continuePath(value: string | null | undefined, origin: URL): string {
  return safeRedirectPath(value ?? undefined, { origin });
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const continueTo = continuePath(
    url.searchParams.get("redirectTo"),
    context.get(servicesContext).config.publicUrl,
  );
  const user = getOptionalUser(context);
  if (!user) {
    return { state: "signedOut" as const, continueTo };
  }
  return {
    state: isEmailVerified(user) ? ("verified" as const) : ("pending" as const),
    email: user.email,
    continueTo,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const sessionUser = requireUser(context, request);
  const form = await readFormData(request);
  const redirectTo = form.get("redirectTo");
  const services = context.get(servicesContext);
  const returnTo =
    typeof redirectTo === "string" && redirectTo
      ? safeRedirectPath(redirectTo, { origin: services.config.publicUrl, fallback: "" })
      : "";
  const user = await findUserById(services.db, sessionUser.id);
  if (!user || isEmailVerified(user)) return { outcome: "verified" as const };
  const meta = getRequestMeta(context);
  if (await isRateLimited(services.db, EMAIL_VERIFICATION_LIMIT, { email: user.email, meta })) {
    return data({ outcome: "rateLimited" as const }, { status: 429 });
  }
  const locale = context.get(localeContext);
  context
    .get(afterAnswerContext)
    .defer("verification mail", () =>
      deliverEmailVerification(services, { user, returnTo: returnTo || null, meta, locale }),
    );
  return { outcome: "resent" as const };
}

export default function CheckEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const isVerified = loaderData.state === "verified" || actionData?.outcome === "verified";
  const title = isVerified ? t("verifyEmail.verifiedTitle") : t("verifyEmail.checkTitle");
  return (
    <div className="narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {loaderData.state === "signedOut" ? (
        <>
          <p className="lead">{t("verifyEmail.checkIntro")}</p>
          <p>
            <Link
              className="button button--primary"
              to={`${href("/log-ind")}?redirectTo=${encodeURIComponent(loaderData.continueTo)}`}
            >
              {t("verifyEmail.signIn")}
            </Link>
          </p>
        </>
      ) : (
        <>
          {isVerified ? (
            <p className="lead">{t("verifyEmail.verified", { email: loaderData.email })}</p>
          ) : (
            <>
              {actionData?.outcome === "resent" ? (
                <p className="notice" role="status">
                  {t("verifyEmail.resent", { email: loaderData.email })}
                </p>
              ) : actionData?.outcome === "rateLimited" ? (
                <p className="notice notice--warning" role="alert">
                  {t("verifyEmail.rateLimited")}
                </p>
              ) : null}
              <p className="lead">{t("verifyEmail.checkSignedIn", { email: loaderData.email })}</p>
              <p>{t("verifyEmail.meanwhile")}</p>
            </>
          )}
          <p>
            <Link className="button button--primary" to={loaderData.continueTo}>
              {t("verifyEmail.continue")}
            </Link>
          </p>
          {isVerified ? null : (
            <Form method="post">
              <input type="hidden" name="redirectTo" value={redirectTo} />
              <p>{t("verifyEmail.notArrived")}</p>
              <button type="submit" className="button button--secondary">
                {t("verifyEmail.resend")}
              </button>
            </Form>
          )}
        </>
      )}
    </div>
  );
}
