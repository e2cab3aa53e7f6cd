import { TIME_ZONE } from "./local-date";

/**
 * Danish time as an RFC 5545 VTIMEZONE. Events carry TZID=Europe/Copenhagen so a follow-up at 09:00
 * stays at 09:00 on both sides of a daylight-saving change; Outlook, Google and Apple only honour
 * such a TZID when the file also defines the zone. Written out here rather than pulled from a
 * time-zone package: the EU rule (last Sunday of March and October) has been stable since 1996.
 *
 * The 1970 onsets (1970-03-29 and 1970-10-25 were the last Sundays) follow the convention of
 * Outlook's and tzurl.org's exports. Denmark's rule differed before 1996; follow-ups lie in the
 * future, so that history does not matter here.
 */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** ical-generator's `timezone.generator`: the block for Danish time, nothing for any other zone. */
export function generateCopenhagenVtimezone(timeZone: string): string | null {
  return timeZone === TIME_ZONE ? VTIMEZONE : null;
}
