import type { TFunction } from "i18next";
import ical, { escape as escapeIcalText, type ICalCalendar, ICalCalendarMethod } from "ical-generator";
import { href } from "react-router";
import { type Agreement, DEFAULT_FOLLOW_UP_TIME, FOLLOW_UP_MINUTES } from "~/features/agreements/agreement";
import { TIME_ZONE } from "~/i18n/format-date";
import { generateCopenhagenVtimezone } from "~/platform/time/copenhagen-vtimezone.server";
import { copenhagenWallTime } from "~/platform/time/copenhagen-wall-time.server";
import { rhythmRrule } from "~/platform/time/rhythm-rrule.server";
import { addDialogueEvents, type DialogueEventOptions } from "./render-dialogue-invitation.server";

/** What every calendar file needs, besides its agreements. */
interface CalendarOptions {
  /** `t` of the user's language. */
  t: TFunction;
  /** This installation's address, for the link back to the kontrakt. */
  publicUrl: URL;
  /** DTSTAMP; a parameter so tests are repeatable. */
  now?: Date;
}

/**
 * The .ics feed of a leader's follow-ups (issue #3, item 7): one event per active agreement with a
 * date, repeating as the leader chose, at the Danish wall time they picked.
 */
export function renderFollowUpsCalendar(
  options: CalendarOptions & {
    agreements: Agreement[];
    calendarName: string;
    /** The feed also holds the person's dialogues (`feedDialogueEvents`). */
    dialogues?: DialogueEventOptions[];
  },
): string {
  const calendar = ical({
    // ical-generator writes NAME and X-WR-CALNAME unescaped; the name holds a user's name.
    name: escapeIcalText(options.calendarName, false),
    prodId: "//Lederdialog//DA",
    method: ICalCalendarMethod.PUBLISH,
    // No zone name on purpose: a calendar-level zone would make ical-generator write DTSTAMP as
    // local time without "Z", which RFC 5545 forbids. The events carry the zone; the generator is
    // still asked for a VTIMEZONE for each zone the events use.
    timezone: { name: null, generator: generateCopenhagenVtimezone },
  });
  for (const agreement of options.agreements) {
    addFollowUpEvent(calendar, agreement, options);
  }
  for (const dialogue of options.dialogues ?? []) addDialogueEvents(calendar, dialogue);
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator stops short.
  return `${calendar.toString()}\r\n`;
}

/**
 * The download for one agreement: the same event as in the feed. A dropped or completed agreement,
 * or one without a date, gives a calendar without events; the route decides whether to offer it.
 */
export function renderAgreementCalendar(options: CalendarOptions & { agreement: Agreement }): string {
  return renderFollowUpsCalendar({
    ...options,
    agreements: [options.agreement],
    calendarName: options.t("calendar.singleName"),
  });
}

function addFollowUpEvent(calendar: ICalCalendar, agreement: Agreement, options: CalendarOptions): void {
  if (agreement.status !== "active" || agreement.followUpDate === null) return;
  const { t } = options;
  const time = agreement.followUpTime ?? DEFAULT_FOLLOW_UP_TIME;
  const how = agreement.followUpHow.trim();
  calendar.createEvent({
    // Stable, so a re-imported file or a refreshed feed updates the event instead of doubling it.
    id: `${agreement.id}@lederdialog`,
    // Raised on every change, so a calendar that imported the file before takes the new one.
    sequence: agreement.calendarSequence ?? 0,
    stamp: options.now ?? new Date(),
    timezone: TIME_ZONE,
    start: copenhagenWallTime(agreement.followUpDate, time),
    end: copenhagenWallTime(agreement.followUpDate, time, FOLLOW_UP_MINUTES),
    repeating: agreement.recurrence ? rhythmRrule(agreement.recurrence, agreement.followUpDate) : null,
    summary: t("calendar.followUpSummary", { text: agreement.text }),
    description: how ? `${agreement.text}\n\n${t("calendar.how")}: ${how}` : agreement.text,
    url: new URL(href("/min-lederdialog/kontrakt"), options.publicUrl).href,
  });
}
