import { data, Form, href, Link } from "react-router";
import { describeUserAgent } from "~/features/account/describe-user-agent";
import { listRecentSignIns } from "~/features/account/list-recent-sign-ins.server";
import {
  endOtherUserSessions,
  endUserSession,
  listUserSessions,
} from "~/features/account/user-sessions.server";
import { describeSsoProvider } from "~/features/sso/describe-sso-provider";
import { listSsoIdentityLinks, removeSsoIdentityLink } from "~/features/sso/sso-identity-links.server";
import { formatDateTime } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireUser, sessionUserContext } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/account-security.route";

export const handle: TextsHandle = { texts: ["account"] };

const PATH = href("/min-lederdialog/sikkerhed");

/**
 * "Log-ind og sikkerhed": the signed-in person's own identity-provider links, sessions and recent
 * sign-ins. Every query is by the signed-in person's id, so nobody else's can be seen or changed.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const currentSessionId = context.get(sessionUserContext)?.sessionId ?? "";
  const { db } = context.get(servicesContext);
  const locale = context.get(localeContext);
  const at = (time: string) => formatDateTime(new Date(time), locale);
  const [links, sessions, signIns] = await Promise.all([
    listSsoIdentityLinks(db, user.id),
    listUserSessions(db, { userId: user.id, currentSessionId }),
    listRecentSignIns(db, user.id),
  ]);
  return {
    identities: links.map((link) => ({
      id: link.id,
      ...describeSsoProvider(link.provider),
      email: link.email,
      linkedAt: at(link.created_at),
    })),
    sessions: sessions.map((session) => ({
      handle: session.handle,
      isCurrent: session.isCurrent,
      started: at(session.createdAt),
      lastUsed: at(session.lastUsedAt),
      device: describeUserAgent(session.userAgent) ?? UNKNOWN_DEVICE,
    })),
    signIns: signIns.map((signIn) => ({
      method: signIn.method,
      time: at(signIn.createdAt),
      device: describeUserAgent(signIn.userAgent) ?? UNKNOWN_DEVICE,
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const currentSessionId = context.get(sessionUserContext)?.sessionId ?? "";
  const services = context.get(servicesContext);
  const form = await readFormData(request);
  const intent = form.get("intent");
  const source = {
    meta: getRequestMeta(context),
    email: user.email,
    userId: user.id,
    organisationId: user.organisation_id,
  };
  if (intent === "removeIdentity") {
    const id = form.get("identityId");
    const isRemoved =
      typeof id === "string" && (await removeSsoIdentityLink(services.db, { id, userId: user.id, source }));
    if (!isRemoved) throw data(null, { status: 404 });
    return redirectWithFlash(services.config, PATH, [{ key: "accountSecurity.identities.removed" }]);
  }
  if (intent === "endSession") {
    const handle = form.get("sessionId");
    const ended =
      typeof handle === "string"
        ? await endUserSession(services.db, { userId: user.id, handle, source })
        : null;
    if (!ended?.ended) throw data(null, { status: 404 });
    if (ended.sessionId === currentSessionId) {
      return redirectWithFlash(
        services.config,
        href("/log-ind"),
        [{ key: "auth.signIn.signedOut" }],
        new Headers({ "Set-Cookie": await services.sessionCookie.serialize("", { maxAge: 0 }) }),
      );
    }
    return redirectWithFlash(services.config, PATH, [{ key: "accountSecurity.sessions.ended" }]);
  }
  if (intent === "endOtherSessions") {
    await endOtherUserSessions(services.db, { userId: user.id, currentSessionId, source });
    return redirectWithFlash(services.config, PATH, [{ key: "accountSecurity.sessions.othersEnded" }]);
  }
  throw data(null, { status: 400 });
}

type Device = { browser: string | null; os: string | null };
/** A user agent the fixed list does not know: named as "unknown", never in its own words. */
const UNKNOWN_DEVICE: Device = { browser: null, os: null };

function useDeviceName() {
  const { t } = useTranslation();
  return ({ browser, os }: Device) =>
    browser && os
      ? t("accountSecurity.device.browserOn", { browser, os })
      : (browser ?? os ?? t("accountSecurity.device.unknown"));
}

export default function AccountSecurity({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const deviceName = useDeviceName();
  const hasOtherSessions = loaderData.sessions.some((session) => !session.isCurrent);
  return (
    <div className="narrow">
      <PageTitle title={t("accountSecurity.page.title")} />
      <p>
        <Link to={href("/min-lederdialog")}>{t("accountSecurity.page.back")}</Link>
      </p>
      <h1>{t("accountSecurity.page.title")}</h1>
      <p className="lead">{t("accountSecurity.page.intro")}</p>

      <section aria-labelledby="identities-heading">
        <h2 id="identities-heading">{t("accountSecurity.identities.heading")}</h2>
        {loaderData.identities.length === 0 ? (
          <p>{t("accountSecurity.identities.none")}</p>
        ) : (
          <>
            <ul className="security-list">
              {loaderData.identities.map((identity) => (
                <li key={identity.id} className="security-list__item">
                  <p className="security-list__title">
                    {t(`accountSecurity.identities.protocol.${identity.protocol}`)} · {identity.name}
                  </p>
                  <p>
                    {t("accountSecurity.identities.linkedAt", {
                      time: identity.linkedAt,
                      email: identity.email,
                    })}
                  </p>
                  <Form method="post">
                    <input type="hidden" name="intent" value="removeIdentity" />
                    <input type="hidden" name="identityId" value={identity.id} />
                    <button type="submit" className="button button--secondary">
                      {t("accountSecurity.identities.remove")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
            <p className="form-hint">{t("accountSecurity.identities.removeHint")}</p>
          </>
        )}
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("accountSecurity.sessions.heading")}</h2>
        <ul className="security-list">
          {loaderData.sessions.map((session) => (
            <li key={session.handle} className="security-list__item">
              <p className="security-list__title">
                {deviceName(session.device)}
                {session.isCurrent ? (
                  <>
                    {" "}
                    <strong className="security-list__current">
                      {t("accountSecurity.sessions.current")}
                    </strong>
                  </>
                ) : null}
              </p>
              <p>
                {t("accountSecurity.sessions.times", {
                  started: session.started,
                  lastUsed: session.lastUsed,
                })}
              </p>
              {session.isCurrent ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="endSession" />
                  <input type="hidden" name="sessionId" value={session.handle} />
                  <button type="submit" className="button button--secondary">
                    {t("accountSecurity.sessions.end")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
        {hasOtherSessions ? (
          <Form method="post">
            <input type="hidden" name="intent" value="endOtherSessions" />
            <button type="submit" className="button button--danger">
              {t("accountSecurity.sessions.endOthers")}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="sign-ins-heading">
        <h2 id="sign-ins-heading">{t("accountSecurity.signIns.heading")}</h2>
        {loaderData.signIns.length === 0 ? (
          <p>{t("accountSecurity.signIns.none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="sr-only">{t("accountSecurity.signIns.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("accountSecurity.signIns.when")}</th>
                  <th scope="col">{t("accountSecurity.signIns.method")}</th>
                  <th scope="col">{t("accountSecurity.signIns.device")}</th>
                </tr>
              </thead>
              <tbody>
                {loaderData.signIns.map((signIn, index) => (
                  // The log has no id to show; the list is read once and never reordered.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <tr key={index}>
                    <td>{signIn.time}</td>
                    <td>{t(`accountSecurity.signIns.${signIn.method}`)}</td>
                    <td>{deviceName(signIn.device)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
