import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link, type RouterContextProvider } from "react-router";
import { redirectWithNewSession } from "~/features/account/sign-in-session.server";
import {
  findSsoLinkProofAccount,
  proveSsoLinkWithPassword,
  requestSsoLinkProofMail,
  type SsoLinkProofFailure,
} from "~/features/sso/prove-sso-link.server";
import { findSsoOrganisationBySlug } from "~/features/sso/sso-connections.server";
import { createSsoCookie } from "~/features/sso/sso-cookie.server";
import { SsoFailureMessage } from "~/features/sso/sso-failure";
import { ssoLinkPasswordSchema } from "~/features/sso/sso-link-proof.schema";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { LINK_PROOF_MINUTES } from "~/platform/mail/link-lifetimes.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/sso-link-proof.route";

export const handle: TextsHandle = { texts: ["forms", "signIn", "account"] };

/*
 * /sso/<organisation>/bekraeft/<proof>: single sign-on named an account that already exists. Its
 * owner proves it is theirs, in the browser that started the sign-in (the ld_sso cookie), with the
 * account's password or a single-use link mailed to the account's address. No session before that.
 */

const STATUS: Record<SsoLinkProofFailure, number> = {
  expired: 410,
  otherBrowser: 400,
  wrongPassword: 401,
  noPassword: 400,
  rateLimited: 429,
};
const FORM_ERRORS: Partial<Record<SsoLinkProofFailure, string>> = {
  wrongPassword: "accountSecurity.proof.wrongPassword",
  noPassword: "accountSecurity.proof.noPassword",
  rateLimited: "accountSecurity.proof.rateLimited",
};

async function readProofRequest(context: Readonly<RouterContextProvider>, request: Request, slug: string) {
  requireAnonymous(context);
  const services = context.get(servicesContext);
  const found = await findSsoOrganisationBySlug(services.db, slug);
  if (!found) throw data(null, { status: 404 });
  const ssoCookie = createSsoCookie(services.config);
  const browserKey = await ssoCookie.parse(request.headers.get("Cookie"));
  return {
    services,
    ssoCookie,
    browserKey: typeof browserKey === "string" ? browserKey : null,
    organisationId: found.organisation.id,
    meta: getRequestMeta(context),
    locale: context.get(localeContext),
  };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, browserKey, organisationId } = await readProofRequest(context, request, params.slug);
  const found = await findSsoLinkProofAccount(services.db, {
    organisationId,
    proofId: params.proofId,
    browserKey,
  });
  if (!found.ok) return data({ failure: found.failure, proof: null }, { status: STATUS[found.failure] });
  return {
    failure: null,
    proof: {
      email: found.user.email,
      hasPassword: found.user.password_hash !== null,
      minutes: LINK_PROOF_MINUTES,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const proofRequest = await readProofRequest(context, request, params.slug);
  const { services, ssoCookie, browserKey } = proofRequest;
  const formData = await readFormData(request);
  const options = { ...proofRequest, proofId: params.proofId };
  if (formData.get("intent") === "mail") {
    const sent = await requestSsoLinkProofMail(services, { ...options, slug: params.slug });
    if (sent.ok) {
      // The cookie is set again: it must last as long as the link just sent.
      return data(
        { result: undefined, failure: null, mailSentTo: sent.email, mailError: null },
        { headers: { "Set-Cookie": await ssoCookie.serialize(browserKey) } },
      );
    }
    const mailError =
      sent.failure === "rateLimited" ? ("accountSecurity.proof.mailRateLimited" as const) : null;
    return data(
      { result: undefined, failure: mailError ? null : sent.failure, mailSentTo: null, mailError },
      { status: STATUS[sent.failure] },
    );
  }
  const submission = parseWithZod(formData, { schema: ssoLinkPasswordSchema });
  if (submission.status !== "success") {
    return data(
      {
        result: submission.reply({ hideFields: ["password"] }),
        failure: null,
        mailSentTo: null,
        mailError: null,
      },
      { status: 400 },
    );
  }
  const proved = await proveSsoLinkWithPassword(services, {
    ...options,
    password: submission.value.password,
  });
  if (proved.ok) {
    return redirectWithNewSession(services, {
      user: proved.user,
      meta: proofRequest.meta,
      redirectTo: proved.redirectTo,
      extraCookies: [await ssoCookie.serialize("", { maxAge: 0 })],
    });
  }
  const formError = FORM_ERRORS[proved.failure];
  return data(
    {
      result: formError ? submission.reply({ formErrors: [formError], hideFields: ["password"] }) : undefined,
      failure: formError ? null : proved.failure,
      mailSentTo: null,
      mailError: null,
    },
    { status: STATUS[proved.failure] },
  );
}

export default function SsoLinkProof({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(ssoLinkPasswordSchema, actionData?.result);
  const failure = actionData?.failure ?? loaderData.failure;
  const { proof } = loaderData;
  if (failure === "expired" || failure === "otherBrowser" || !proof) {
    return <SsoFailureMessage failure={failure === "otherBrowser" ? "otherBrowser" : "expired"} />;
  }
  return (
    <div className="narrow">
      <PageTitle title={t("accountSecurity.proof.title")} />
      <h1>{t("accountSecurity.proof.title")}</h1>
      <p className="lead">{t("accountSecurity.proof.intro", { email: proof.email })}</p>
      {proof.hasPassword ? (
        <section aria-labelledby="proof-password-heading">
          <h2 id="proof-password-heading">{t("accountSecurity.proof.passwordHeading")}</h2>
          <ErrorSummary form={form} fieldOrder={["password"]} />
          <Form method="post" {...getFormProps(form)} noValidate>
            <input type="hidden" name="intent" value="password" />
            <TextField
              field={fields.password}
              label={t("accountSecurity.proof.passwordLabel")}
              type="password"
              autoComplete="current-password"
            />
            <button type="submit" className="button button--primary">
              {t("accountSecurity.proof.passwordSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="proof-mail-heading">
        <h2 id="proof-mail-heading">{t("accountSecurity.proof.mailHeading")}</h2>
        {proof.hasPassword ? null : <p>{t("accountSecurity.proof.mailOnly")}</p>}
        {actionData?.mailSentTo ? (
          <p className="notice" role="status">
            {t("accountSecurity.proof.mailSent", { email: actionData.mailSentTo, minutes: proof.minutes })}
          </p>
        ) : (
          <p>{t("accountSecurity.proof.mailText", { email: proof.email, minutes: proof.minutes })}</p>
        )}
        {actionData?.mailError ? (
          <p className="notice notice--warning" role="alert">
            {t(actionData.mailError)}
          </p>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="mail" />
          <button
            type="submit"
            className={proof.hasPassword ? "button button--secondary" : "button button--primary"}
          >
            {actionData?.mailSentTo
              ? t("accountSecurity.proof.mailAgain")
              : t("accountSecurity.proof.mailSubmit")}
          </button>
        </Form>
      </section>
      <p className="link-proof__aside">{t("accountSecurity.proof.notYours")}</p>
      <p>
        <Link to={href("/log-ind")}>{t("accountSecurity.proof.cancel")}</Link>
      </p>
    </div>
  );
}
