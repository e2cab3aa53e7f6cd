import { data } from "react-router";
import { listAgreements } from "~/features/agreements/agreements.server";
import { findCalendarFeedOwner } from "~/features/calendar/calendar-feeds.server";
import { feedDialogueEvents } from "~/features/calendar/feed-dialogues.server";
import { renderFollowUpsCalendar } from "~/features/calendar/render-follow-ups-calendar.server";
import { findActiveCycle } from "~/features/cycles/cycles.server";
import { isLocale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import { servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/calendar-feed.route";

/**
 * The private subscription feed (/kalender/<secret>.ics): all of a leader's follow-ups and dialogues, for calendar
 * programs that fetch without signing in. The secret in the address is the only key; a wrong or
 * revoked one is a 404.
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const match = params.file.match(/^([A-Za-z0-9_-]{43})\.ics$/);
    if (!match?.[1]) throw data(null, { status: 404 });
    const { db, config } = context.get(servicesContext);
    const owner = await findCalendarFeedOwner(db, match[1]);
    if (!owner) throw data(null, { status: 404 });
    const cycle = await findActiveCycle(db, owner.id);
    const agreements = cycle ? await listAgreements(db, cycle.id) : [];
    const { t } = serverI18n(isLocale(owner.locale) ? owner.locale : "da");
    const dialogues = await feedDialogueEvents(db, { userId: owner.id, t, publicUrl: config.publicUrl });
    const ics = renderFollowUpsCalendar({
      agreements,
      dialogues,
      t,
      publicUrl: config.publicUrl,
      calendarName: t("calendar.feedName", { name: owner.name }),
    });
    return new Response(ics, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  });
}
