import { data, Form } from "react-router";
import { findIsUnsubscribed, unsubscribeFromMail } from "~/features/reminders/mail-unsubscribes.server";
import { readUnsubscribeToken } from "~/features/reminders/unsubscribe-token.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { servicesContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/unsubscribe.route";

export const handle: TextsHandle = { texts: ["publicPages"] };

/*
 * /afmeld/<token>: switches one kind of reminder mail off without signing in (issue 4, item 6).
 *
 * Opening the link only shows what will stop, with a button: mail scanners open every link in a mail,
 * so a GET changes nothing. The POST is both that button (a plain form, no JavaScript needed) and
 * RFC 8058's one-click unsubscribe, which mail providers send from their own servers with no cookie,
 * no Origin and no Sec-Fetch-Site. Such a request is not a browser's, so server/security.ts lets it
 * through and React Router's Origin check has nothing to compare; a browser POST from another site is
 * still refused with a 403 there, as everywhere. The token alone authorises the POST (no session is
 * read), and the most anyone holding it can do is switch that one kind of mail off for that one user.
 */

function readToken(params: { token: string }, secret: string) {
  const subscription = readUnsubscribeToken(secret, params.token);
  if (!subscription) throw data(null, { status: 404 });
  return subscription;
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const subscription = readToken(params, config.sessionSecret);
  const isUnsubscribed = await findIsUnsubscribed(db, subscription);
  // A valid link for an account that has since been deleted.
  if (isUnsubscribed === undefined) throw data(null, { status: 404 });
  return { kind: subscription.kind, isUnsubscribed };
}

export async function action({ params, context }: Route.ActionArgs) {
  const { db, config } = context.get(servicesContext);
  const subscription = readToken(params, config.sessionSecret);
  if (!(await unsubscribeFromMail(db, subscription))) throw data(null, { status: 404 });
  return { isUnsubscribed: true };
}

export default function Unsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const isUnsubscribed = actionData?.isUnsubscribed ?? loaderData.isUnsubscribed;
  const kindLabels = {
    dialoguePrepare: t("unsubscribe.kinds.dialoguePrepare"),
    followUpDue: t("unsubscribe.kinds.followUpDue"),
    followUpOverdue: t("unsubscribe.kinds.followUpOverdue"),
  };
  return (
    <div className="narrow">
      <PageTitle title={t("unsubscribe.title")} />
      <h1>{t("unsubscribe.title")}</h1>
      {isUnsubscribed ? (
        <p className="notice" role="status">
          {t("unsubscribe.done")}
        </p>
      ) : (
        <p>{t("unsubscribe.intro")}</p>
      )}
      <p>
        <strong>{kindLabels[loaderData.kind]}</strong>
      </p>
      {isUnsubscribed ? null : (
        <Form method="post">
          <button type="submit" className="button button--primary">
            {t("unsubscribe.submit")}
          </button>
        </Form>
      )}
      <p>{t("unsubscribe.others")}</p>
    </div>
  );
}
