import { data, Form, href, Link, redirect } from "react-router";
import { VerifyEmailNotice } from "~/features/account/verify-email-notice";
import {
  acceptInvitation,
  findAcceptedInvitationDialogue,
  findUsableInvitation,
} from "~/features/dialogue/dialogue-invitations.server";
import { formatLocalDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import { getOptionalUser, requireUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/invitation.route";

export const handle: TextsHandle = { texts: ["signIn", "account"] };

// The nearest leader's way in: the link from the invitation mail. It works once, until it expires,
// and only while the leader has not replaced it; afterwards it says so plainly (410 Gone).

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const invitation = await findUsableInvitation(db, params.token);
  const user = getOptionalUser(context);
  if (!invitation) {
    const acceptedDialogueId = user
      ? await findAcceptedInvitationDialogue(db, { token: params.token, userId: user.id })
      : undefined;
    if (acceptedDialogueId)
      throw redirect(href("/naermeste-leder/:dialogueId", { dialogueId: acceptedDialogueId }));
    return data({ state: "invalid" as const }, { status: 410 });
  }
  const details = {
    leaderName: invitation.leaderName,
    startsOn: invitation.startsOn,
    startsAt: invitation.startsAt,
    location: invitation.location,
  };
  if (!user) return { state: "signedOut" as const, ...details };
  if (user.id === invitation.leaderId) return { state: "ownInvitation" as const, ...details };
  if (normalizeEmail(user.email) !== invitation.email) {
    return { state: "otherEmail" as const, ...details, invitedEmail: invitation.email };
  }
  // The right address, not yet verified: the link in the verification mail leads back here.
  if (!isEmailVerified(user))
    return { state: "unverified" as const, ...details, invitedEmail: invitation.email };
  return { state: "ready" as const, ...details };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  await readFormData(request);
  const { db } = context.get(servicesContext);
  const result = await acceptInvitation(db, { token: params.token, userId: user.id, userEmail: user.email });
  if (!result.ok) {
    return data({ error: result.reason }, { status: result.reason === "invalid" ? 410 : 403 });
  }
  return redirect(href("/naermeste-leder/:dialogueId", { dialogueId: result.dialogueId }));
}

export default function Invitation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const here = `/invitation/${params.token}`;
  const error = actionData?.error;
  if (loaderData.state === "invalid" || error === "invalid") {
    return (
      <div className="narrow">
        <PageTitle title={t("invitation.title")} />
        <h1>{t("invitation.title")}</h1>
        <p className="notice notice--warning" role={error ? "alert" : undefined}>
          {t("invitation.invalid")}
        </p>
        <p>
          <Link to="/">{t("errors.backHome")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageTitle title={t("invitation.title")} />
      <h1>{t("invitation.title")}</h1>
      <p className="lead">{t("invitation.intro", { name: loaderData.leaderName })}</p>
      <ul>
        <li>
          {t("invitation.when", {
            date: formatLocalDate(loaderData.startsOn, locale),
            time: loaderData.startsAt,
          })}
        </li>
        <li>{t("invitation.where", { location: loaderData.location })}</li>
      </ul>
      <p>{t("invitation.aboutTool")}</p>
      {loaderData.state === "signedOut" ? (
        <>
          <p>{t("invitation.signInFirst")}</p>
          <p className="button-row">
            <Link
              className="button button--primary"
              to={`${href("/log-ind")}?redirectTo=${encodeURIComponent(here)}`}
            >
              {t("layout.signIn")}
            </Link>
            <Link
              className="button button--secondary"
              to={`${href("/opret-konto")}?redirectTo=${encodeURIComponent(here)}`}
            >
              {t("layout.signUp")}
            </Link>
          </p>
        </>
      ) : loaderData.state === "ownInvitation" || error === "ownInvitation" ? (
        <p role="alert">{t("invitation.ownInvitation")}</p>
      ) : loaderData.state === "otherEmail" || error === "otherEmail" ? (
        <>
          <p role="alert">
            {t("invitation.otherEmail", {
              email: "invitedEmail" in loaderData ? loaderData.invitedEmail : "",
            })}
          </p>
          <Form method="post" action={href("/log-ud")}>
            <input type="hidden" name="redirectTo" value={here} />
            <button type="submit" className="button button--secondary">
              {t("invitation.signOutFirst")}
            </button>
          </Form>
        </>
      ) : loaderData.state === "unverified" || error === "unverified" ? (
        <VerifyEmailNotice
          email={"invitedEmail" in loaderData ? loaderData.invitedEmail : ""}
          returnTo={here}
          text={t("verifyEmail.invitationNotice", {
            email: "invitedEmail" in loaderData ? loaderData.invitedEmail : "",
          })}
        />
      ) : (
        <Form method="post">
          <p>{t("invitation.acceptExplained", { name: loaderData.leaderName })}</p>
          <button type="submit" className="button button--primary">
            {t("invitation.accept")}
          </button>
        </Form>
      )}
    </div>
  );
}
