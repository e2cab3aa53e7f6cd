import { Form, href, Link } from "react-router";
import {
  createCalendarFeed,
  findActiveCalendarFeed,
  revokeCalendarFeeds,
} from "~/features/calendar/calendar-feeds.server";
import { formatDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { requireUser } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/calendar-settings.route";

export const handle: TextsHandle = { texts: ["agreements"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const feed = await findActiveCalendarFeed(context.get(servicesContext).db, user.id);
  return { activeSince: feed ? formatDate(new Date(feed.createdAt), context.get(localeContext)) : null };
}

/** Make (or remake) the secret address, or stop it. The address is shown once, right after it is made. */
export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const { db, config } = context.get(servicesContext);
  const form = await readFormData(request);
  if (form.get("intent") === "revoke") {
    await revokeCalendarFeeds(db, user.id);
    return { feedUrl: null };
  }
  const token = await createCalendarFeed(db, user);
  return { feedUrl: new URL(`/kalender/${token}.ics`, config.publicUrl).href };
}

export default function CalendarSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const feedUrl = actionData?.feedUrl ?? null;
  // After an action the loader runs again, so activeSince is always current.
  const { activeSince } = loaderData;
  const isActive = feedUrl !== null || activeSince !== null;
  return (
    <div className="narrow-wide">
      <PageTitle title={t("calendarFeed.title")} />
      <p>
        <Link to={href("/min-lederdialog/kontrakt")}>{t("agreements.back")}</Link>
      </p>
      <h1>{t("calendarFeed.title")}</h1>
      <p className="lead">{t("calendarFeed.intro")}</p>
      {feedUrl ? (
        <div className="form-group">
          <label className="form-label" htmlFor="feed-url">
            {t("calendarFeed.urlLabel")}
          </label>
          <p className="form-hint" id="feed-url-hint">
            {t("calendarFeed.copyNow")}
          </p>
          <input
            id="feed-url"
            className="form-input form-input--wide"
            readOnly
            value={feedUrl}
            aria-describedby="feed-url-hint"
          />
          <p>
            {/* webcal:// opens the subscription in Outlook, Apple Kalender and others directly. */}
            <a href={feedUrl.replace(/^https?:/, "webcal:")}>{t("calendarFeed.subscribeWebcal")}</a>
          </p>
        </div>
      ) : activeSince ? (
        <p>{t("calendarFeed.activeSince", { date: activeSince })}</p>
      ) : null}
      <p className="form-hint">{t("calendarFeed.warning")}</p>
      <Form method="post" className="button-row">
        <button type="submit" name="intent" value="create" className="button button--primary">
          {isActive ? t("calendarFeed.renew") : t("calendarFeed.create")}
        </button>
        {isActive ? (
          <button type="submit" name="intent" value="revoke" className="button button--secondary">
            {t("calendarFeed.revoke")}
          </button>
        ) : null}
      </Form>
    </div>
  );
}
