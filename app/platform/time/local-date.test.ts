import { describe, expect, it } from "vitest";
import {
  addDaysToLocalDate,
  copenhagenInstant,
  daysBetweenLocalDates,
  daysInMonth,
  isCalendarDate,
  localDateInDenmark,
  mondayOfLocalDate,
  splitLocalDate,
} from "./local-date";

// Danish dates whatever the server's zone: UTC instants near midnight belong to the Copenhagen
// calendar day (UTC+2 in summer, UTC+1 in winter), and days are counted on the calendar.

describe("localDateInDenmark", () => {
  it("gives the Copenhagen date as YYYY-MM-DD, not the UTC date", () => {
    expect(localDateInDenmark(new Date("2026-11-28T12:00:00Z"))).toBe("2026-11-28");
    expect(localDateInDenmark(new Date("2026-11-28T23:30:00Z"))).toBe("2026-11-29");
    expect(localDateInDenmark(new Date("2026-11-28T22:59:59Z"))).toBe("2026-11-28");
    expect(localDateInDenmark(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });

  it("moves midnight with summer time (UTC+2) and back (UTC+1)", () => {
    expect(localDateInDenmark(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(localDateInDenmark(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    // The nights the clocks change: 29 March and 25 October 2026.
    expect(localDateInDenmark(new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29");
    expect(localDateInDenmark(new Date("2026-03-29T21:59:59Z"))).toBe("2026-03-29");
    expect(localDateInDenmark(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
    expect(localDateInDenmark(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(localDateInDenmark(new Date("2026-10-25T22:59:59Z"))).toBe("2026-10-25");
    expect(localDateInDenmark(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });
});

describe("addDaysToLocalDate", () => {
  it("adds and subtracts days across month and year ends", () => {
    expect(addDaysToLocalDate("2026-11-28", 0)).toBe("2026-11-28");
    expect(addDaysToLocalDate("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDaysToLocalDate("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToLocalDate("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDaysToLocalDate("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDaysToLocalDate("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysToLocalDate("2026-11-23", -14)).toBe("2026-11-09");
    expect(addDaysToLocalDate("2026-01-01", 365)).toBe("2027-01-01");
  });

  it("counts the short and the long summer-time days as one day each", () => {
    expect(addDaysToLocalDate("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDaysToLocalDate("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDaysToLocalDate("2026-03-30", -2)).toBe("2026-03-28");
    expect(addDaysToLocalDate("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDaysToLocalDate("2026-10-26", -1)).toBe("2026-10-25");
    expect(addDaysToLocalDate("2026-03-23", 7)).toBe("2026-03-30");
    expect(addDaysToLocalDate("2026-10-19", 7)).toBe("2026-10-26");
  });
});

describe("mondayOfLocalDate", () => {
  it("keeps a Monday and maps the rest of the week back to it", () => {
    expect(mondayOfLocalDate("2026-11-23")).toBe("2026-11-23");
    expect(mondayOfLocalDate("2026-11-24")).toBe("2026-11-23");
    expect(mondayOfLocalDate("2026-11-28")).toBe("2026-11-23");
  });

  it("maps a Sunday to the Monday six days earlier, not the next day", () => {
    expect(mondayOfLocalDate("2026-11-29")).toBe("2026-11-23");
    expect(mondayOfLocalDate("2026-03-29")).toBe("2026-03-23");
  });

  it("finds the Monday in the previous month or year", () => {
    expect(mondayOfLocalDate("2026-12-03")).toBe("2026-11-30");
    expect(mondayOfLocalDate("2027-01-01")).toBe("2026-12-28");
    expect(mondayOfLocalDate("2027-01-03")).toBe("2026-12-28");
  });
});

describe("daysBetweenLocalDates", () => {
  it("counts calendar days, the summer-time days as one each", () => {
    expect(daysBetweenLocalDates("2026-11-28", "2026-11-28")).toBe(0);
    expect(daysBetweenLocalDates("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetweenLocalDates("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetweenLocalDates("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetweenLocalDates("2027-01-01", "2026-12-31")).toBe(-1);
    expect(daysBetweenLocalDates("2028-02-01", "2028-03-01")).toBe(29);
  });

  it("agrees with addDaysToLocalDate", () => {
    for (const days of [-400, -15, -1, 0, 1, 7, 14, 91, 366]) {
      expect(daysBetweenLocalDates("2026-03-29", addDaysToLocalDate("2026-03-29", days))).toBe(days);
    }
  });
});

describe("daysInMonth", () => {
  it("knows the months' lengths and the leap years", () => {
    expect(daysInMonth(2026, 1)).toBe(31);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe("splitLocalDate and isCalendarDate", () => {
  it("splits a date into year, month and day", () => {
    expect(splitLocalDate("2026-03-09")).toEqual([2026, 3, 9]);
  });

  it("takes only dates that exist, written YYYY-MM-DD", () => {
    expect(isCalendarDate("2026-12-15")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(isCalendarDate("15-12-2026")).toBe(false);
    expect(isCalendarDate("")).toBe(false);
  });
});

describe("copenhagenInstant", () => {
  it("reads winter time as UTC+1 and summer time as UTC+2", () => {
    expect(copenhagenInstant("2026-12-01", "09:00").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(copenhagenInstant("2026-07-01", "09:00").toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("follows the change to summer time on the last Sunday of March", () => {
    expect(copenhagenInstant("2026-03-29", "01:59").toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(copenhagenInstant("2026-03-29", "09:00").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    // 02:30 does not exist that night: an hour later, not an hour early.
    expect(copenhagenInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("follows the change to winter time on the last Sunday of October", () => {
    expect(copenhagenInstant("2026-10-25", "00:30").toISOString()).toBe("2026-10-24T22:30:00.000Z");
    expect(copenhagenInstant("2026-10-25", "09:00").toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(() => copenhagenInstant("2026-13-01", "09:00")).toThrow();
    expect(() => copenhagenInstant("2026-12-01", "9")).toThrow();
  });
});
