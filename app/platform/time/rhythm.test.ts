import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { addDaysToLocalDate } from "~/platform/time/local-date";
import { rhythmRrule } from "~/platform/time/rhythm-rrule.server";
import { expandWithPython, mustReadWithPython } from "../../../tests/support/python-icalendar";
import { isOccurrenceOn, occurrenceDates, RHYTHMS, type RhythmName } from "./rhythm";

const NAMES = Object.keys(RHYTHMS) as RhythmName[];

/** The RRULE's first `count` dates as ical.js (an independent iCalendar library) expands them. */
function expandWithIcalJs(name: RhythmName, first: string, count: number): string[] {
  const recur = ICAL.Recur.fromString(rhythmRrule(name, first).replace(/^RRULE:/, ""));
  const iterator = recur.iterator(ICAL.Time.fromDateString(first));
  return Array.from({ length: count }, () => iterator.next()?.toString() ?? "");
}

const localDate = fc
  .date({ min: new Date("2024-01-01T12:00:00Z"), max: new Date("2034-12-31T12:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe("month-end repeats stay at the month's end (issue 14, finding 3)", () => {
  it("monthly from 31 January: the last day of every month, not 31 March, 31 May", () => {
    expect(occurrenceDates("monthly", "2027-01-31", 6)).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
    ]);
    expect(rhythmRrule("monthly", "2027-01-31")).toBe("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1");
  });

  it("quarterly from 31 December: 31 March, 30 June, 30 September — not back to 31 December", () => {
    expect(occurrenceDates("quarterly", "2026-12-31", 4)).toEqual([
      "2026-12-31",
      "2027-03-31",
      "2027-06-30",
      "2027-09-30",
    ]);
  });

  it("a quarterly series from 31 May has no nine-month gap", () => {
    expect(occurrenceDates("quarterly", "2027-05-31", 4)).toEqual([
      "2027-05-31",
      "2027-08-31",
      "2027-11-30",
      "2028-02-29",
    ]);
  });

  it("from the 29th or 30th that is not the month's end: that day, and February is skipped", () => {
    expect(occurrenceDates("monthly", "2027-01-30", 3)).toEqual(["2027-01-30", "2027-03-30", "2027-04-30"]);
    expect(rhythmRrule("monthly", "2027-01-30")).toBe("RRULE:FREQ=MONTHLY");
    // The 30th of April is April's last day: the months' last days from then on.
    expect(occurrenceDates("monthly", "2027-04-30", 3)).toEqual(["2027-04-30", "2027-05-31", "2027-06-30"]);
    expect(rhythmRrule("quarterly", "2027-11-15", { count: 4 })).toBe(
      "RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4",
    );
  });

  it("ical.js expands every rhythm's RRULE to exactly the app's dates, from any start", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), localDate, (name, first) => {
        expect(expandWithIcalJs(name, first, 14)).toEqual(occurrenceDates(name, first, 14));
      }),
      { numRuns: 400 },
    );
  });

  it("the reminders' day check agrees with the dates, day by day, never before the start", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), localDate, (name, first) => {
        const dates = new Set(occurrenceDates(name, first, 8));
        const last = [...dates].at(-1) ?? first;
        expect(isOccurrenceOn(name, first, addDaysToLocalDate(first, -1))).toBe(false);
        for (let day = first; day <= last; day = addDaysToLocalDate(day, 1)) {
          expect(isOccurrenceOn(name, first, day), `${name} from ${first} on ${day}`).toBe(dates.has(day));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe.skipIf(!mustReadWithPython)("python3-icalendar and dateutil read the same dates", () => {
  it("for month ends, leap years and every rhythm", () => {
    const starts = [
      "2027-01-31",
      "2026-12-31",
      "2027-05-31",
      "2027-01-30",
      "2027-11-29",
      "2028-02-29",
      "2027-03-15",
    ];
    const cases = NAMES.flatMap((name) => starts.map((first) => ({ name, first })));
    const calendars = cases.map(
      ({ name, first }, index) =>
        `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:case-${index}\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;VALUE=DATE:${first.replaceAll("-", "")}\r\n${rhythmRrule(name, first)}\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
    );
    const expanded = expandWithPython(calendars, 10);
    cases.forEach(({ name, first }, index) => {
      expect(expanded[`case-${index}`], `${name} from ${first}`).toEqual(occurrenceDates(name, first, 10));
    });
  });
});
