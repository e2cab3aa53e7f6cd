import type { ICalDayJsStub } from "ical-generator";

/**
 * A wall-clock time in Danish time ("2026-12-01", "09:00"), in the shape ical-generator accepts for
 * dayjs values. Not a native Date: for an event with a TZID, ical-generator prints a Date's hours
 * in the server process's own zone, so a server running on UTC would move 09:00 to 07:00 or 08:00.
 */
export function copenhagenWallTime(date: string, time: string, plusMinutes = 0): ICalDayJsStub {
  // Parsed as if UTC only to do calendar arithmetic without any zone: 23:50 + 15 min rolls over to
  // the next day, and no daylight-saving rule of the server's zone interferes.
  const naive = new Date(Date.parse(`${date}T${time}:00Z`) + plusMinutes * 60_000);
  if (Number.isNaN(naive.getTime())) {
    throw new Error(`Not a follow-up date and time: "${date}" "${time}"`);
  }
  const iso = naive.toISOString().slice(0, 19); // "2026-12-01T09:00:00"
  const formats: Record<string, string> = {
    YYYYMMDD: iso.slice(0, 10).replaceAll("-", ""),
    HHmmss: iso.slice(11).replaceAll(":", ""),
  };
  return {
    format: (pattern = "") => {
      const formatted = formats[pattern];
      if (formatted === undefined) throw new Error(`Unexpected date format from ical-generator: ${pattern}`);
      return formatted;
    },
    isValid: () => true,
    // ical-generator uses this only to check that start comes before end.
    toDate: () => naive,
    toJSON: () => iso,
  };
}
