import type { TFunction } from "i18next";
import ical, {
  type ICalAttendeeData,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { TIME_ZONE } from "~/i18n/format-date";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { generateCopenhagenVtimezone } from "~/platform/time/copenhagen-vtimezone.server";
import { copenhagenWallTime } from "~/platform/time/copenhagen-wall-time.server";

/**
 * REQUEST: the mailed invitation, or a move (same UID, higher SEQUENCE). CANCEL: the event is off
 * (STATUS:CANCELLED). PUBLISH: a file someone downloads, the feed, and the leader's own copy — the
 * leader organises the meeting, so their copy is not an invitation to answer (decision 032).
 */
export type DialogueCalendarMethod = "REQUEST" | "PUBLISH" | "CANCEL";

/** A wall-clock start in Danish time: the dialogue's, or an occurrence's place in its series. */
export interface WallTime {
  on: string;
  at: string;
}

/** What a follow-up series adds to its one event: its rule, texts, and the occurrences changed alone. */
export interface SeriesEvent {
  /** The RRULE line (`rhythmRrule`). */
  repeating: string;
  summary: string;
  description: string;
  /** Occurrences cancelled alone: EXDATE. */
  excluded?: WallTime[];
  /** Occurrences moved alone: each its own VEVENT with RECURRENCE-ID. */
  moved?: { occurrence: WallTime; dialogue: Pick<Dialogue, "starts_on" | "starts_at" | "location"> }[];
}

type EventDialogue = Pick<
  Dialogue,
  "starts_on" | "starts_at" | "duration_minutes" | "location" | "calendar_uid" | "calendar_sequence"
>;

/**
 * The dialogue as a calendar object: organised by the leader, both people as attendees, at the
 * agreed place, in Danish time. The UID and SEQUENCE are the stored ones, so every later file for
 * the same meeting updates the event a calendar already has instead of adding a second one.
 */
export function renderDialogueInvitation(options: DialogueEventOptions): string {
  const calendar = ical({
    prodId: "//Lederdialog//DA",
    method: ICalCalendarMethod[options.method ?? "REQUEST"],
    timezone: { name: null, generator: generateCopenhagenVtimezone },
  });
  addDialogueEvents(calendar, options);
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator stops short.
  return `${calendar.toString()}\r\n`;
}

export interface DialogueEventOptions {
  dialogue: EventDialogue;
  leader: { name: string; email: string };
  nearestLeaderEmail: string;
  t: TFunction;
  publicUrl: URL;
  now?: Date;
  method?: DialogueCalendarMethod;
  /** Whether the nearest leader has accepted in Lederdialog: their PARTSTAT in a PUBLISH file. */
  isAccepted?: boolean;
  /** A follow-up series as one event with a rule; its start is the first occurrence's place. */
  series?: SeriesEvent;
  /** Only this occurrence of the series (RECURRENCE-ID): a move or cancellation of one date. */
  occurrence?: WallTime;
}

/** The dialogue's VEVENTs (one, or a series with its overrides) in a calendar being written. */
export function addDialogueEvents(calendar: ICalCalendar, options: DialogueEventOptions): void {
  const { dialogue, leader, t } = options;
  const method = options.method ?? "REQUEST";
  const common = {
    id: `${dialogue.calendar_uid}@lederdialog`,
    sequence: dialogue.calendar_sequence,
    stamp: options.now ?? new Date(),
    timezone: TIME_ZONE,
    // ical-generator escapes these; the names come from users, so nothing they type can add lines.
    summary: options.series?.summary ?? t("mail.invite.eventSummary", { name: leader.name }),
    description: options.series?.description ?? t("mail.invite.eventDescription"),
    url: options.publicUrl.href,
    // A parameter value (CN) cannot hold quotes or line breaks; a name is still a name without them.
    organizer: { name: cleanName(leader.name), email: leader.email },
    attendees: attendees(options, method),
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
  const at = (start: Pick<Dialogue, "starts_on" | "starts_at" | "location">) => ({
    start: copenhagenWallTime(start.starts_on, start.starts_at),
    end: copenhagenWallTime(start.starts_on, start.starts_at, dialogue.duration_minutes),
    location: start.location,
  });
  const recurrenceId = (occurrence: WallTime) => copenhagenWallTime(occurrence.on, occurrence.at);

  if (options.occurrence) {
    calendar.createEvent({ ...common, ...at(dialogue), recurrenceId: recurrenceId(options.occurrence) });
  } else {
    const series = options.series;
    calendar.createEvent({
      ...common,
      ...at(dialogue),
      repeating: series ? [series.repeating, ...exdateLines(series.excluded ?? [])].join("\r\n") : null,
    });
    // A cancelled series goes whole; otherwise each occurrence moved alone keeps its own time.
    if (series && method !== "CANCEL") {
      for (const moved of series.moved ?? []) {
        calendar.createEvent({
          ...common,
          ...at(moved.dialogue),
          recurrenceId: recurrenceId(moved.occurrence),
        });
      }
    }
  }
}

function cleanName(name: string): string {
  return name.replace(/["\r\n]/g, "");
}

/**
 * The leader has accepted their own meeting. The nearest leader is asked to answer (RSVP) only in
 * a REQUEST; in a PUBLISH file RFC 5546 allows no RSVP, and the PARTSTAT says whether they
 * accepted the invitation in Lederdialog.
 */
function attendees(
  options: { leader: { name: string; email: string }; nearestLeaderEmail: string; isAccepted?: boolean },
  method: DialogueCalendarMethod,
): ICalAttendeeData[] {
  const leader: ICalAttendeeData = {
    email: options.leader.email,
    name: cleanName(options.leader.name),
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.ACCEPTED,
  };
  // Unknown only when that account is gone: then the event simply has the leader.
  if (!options.nearestLeaderEmail) return [leader];
  const isAsked = method === "REQUEST";
  return [
    leader,
    {
      email: options.nearestLeaderEmail,
      role: ICalAttendeeRole.REQ,
      status: !isAsked && options.isAccepted ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
      ...(isAsked ? { rsvp: true } : {}),
    },
  ];
}

/** EXDATE lines for occurrences cancelled alone, in the zone the series' DTSTART uses. */
function exdateLines(excluded: WallTime[]): string[] {
  return excluded.map(
    (occurrence) =>
      `EXDATE;TZID=${TIME_ZONE}:${occurrence.on.replaceAll("-", "")}T${occurrence.at.replace(":", "")}00`,
  );
}
