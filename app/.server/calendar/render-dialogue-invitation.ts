import type { TFunction } from "i18next";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from "ical-generator";
import { TIME_ZONE } from "~/i18n/format-date";
import type { Dialogue } from "../db/tables/dialogues.table";
import { generateCopenhagenVtimezone } from "./copenhagen-vtimezone";
import { copenhagenWallTime } from "./copenhagen-wall-time";

/**
 * The dialogue as a calendar invitation (METHOD:REQUEST): organised by the leader, both people as
 * attendees, 45 minutes at the agreed place, in Danish time. Outlook, Google and Apple show it with
 * accept/decline buttons.
 */
export function renderDialogueInvitation(options: {
  dialogue: Pick<Dialogue, "id" | "starts_on" | "starts_at" | "duration_minutes" | "location">;
  leader: { name: string; email: string };
  nearestLeaderEmail: string;
  t: TFunction;
  publicUrl: URL;
  now?: Date;
  /** REQUEST for the mailed invitation; PUBLISH for a file someone downloads. */
  method?: "REQUEST" | "PUBLISH";
  /** Follow-up dialogues booked as a series: one event with a rule, its UID the series id. */
  /** `repeating` is the series' RRULE line (`rhythmRrule`). */
  series?: { id: string; repeating: string; summary: string; description: string };
}): string {
  const { dialogue, leader, t } = options;
  const calendar = ical({
    prodId: "//Lederdialog//DA",
    method: options.method === "PUBLISH" ? ICalCalendarMethod.PUBLISH : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: generateCopenhagenVtimezone },
  });
  calendar.createEvent({
    id: `${options.series?.id ?? dialogue.id}@lederdialog`,
    stamp: options.now ?? new Date(),
    timezone: TIME_ZONE,
    start: copenhagenWallTime(dialogue.starts_on, dialogue.starts_at),
    end: copenhagenWallTime(dialogue.starts_on, dialogue.starts_at, dialogue.duration_minutes),
    // ical-generator escapes these; the names come from users, so nothing they type can add lines.
    summary: options.series?.summary ?? t("mail.invite.eventSummary", { name: leader.name }),
    description: options.series?.description ?? t("mail.invite.eventDescription"),
    repeating: options.series?.repeating ?? null,
    location: dialogue.location,
    url: options.publicUrl.href,
    // A parameter value (CN) cannot hold quotes or line breaks; a name is still a name without them.
    organizer: { name: leader.name.replace(/["\r\n]/g, ""), email: leader.email },
    attendees: [
      {
        email: leader.email,
        name: leader.name.replace(/["\r\n]/g, ""),
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.ACCEPTED,
      },
      // Unknown only when that account is gone: then the event simply has the leader.
      ...(options.nearestLeaderEmail
        ? [
            {
              email: options.nearestLeaderEmail,
              role: ICalAttendeeRole.REQ,
              status: ICalAttendeeStatus.NEEDSACTION,
              rsvp: true,
            },
          ]
        : []),
    ],
  });
  return `${calendar.toString()}\r\n`;
}
