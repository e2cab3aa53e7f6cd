import { describe, expect, it } from "vitest";
import {
  addDaysToLocalDate,
  formatDate,
  formatDateTime,
  formatLocalDate,
  localDateInDenmark,
  mondayOfLocalDate,
} from "./format-date";

// Dates are shown in Danish time whatever the server's zone: UTC instants near midnight show the
// Copenhagen calendar day (UTC+2 in summer, UTC+1 in winter).

describe("formatDate", () => {
  it("writes Danish dates the Danish way", () => {
    expect(formatDate(new Date("2026-11-28T12:00:00Z"), "da")).toBe("28. november 2026");
    expect(formatDate(new Date("2026-11-28T12:00:00Z"), "en")).toBe("28 November 2026");
  });

  it("shows the Copenhagen day on a summer evening in UTC", () => {
    expect(formatDate(new Date("2026-06-30T22:30:00Z"), "da")).toBe("1. juli 2026");
    expect(formatDate(new Date("2026-06-30T22:30:00Z"), "en")).toBe("1 July 2026");
    expect(formatDate(new Date("2026-06-30T21:30:00Z"), "da")).toBe("30. juni 2026");
  });

  it("shows the Copenhagen day on a winter evening in UTC, also across new year", () => {
    expect(formatDate(new Date("2026-01-15T23:30:00Z"), "da")).toBe("16. januar 2026");
    expect(formatDate(new Date("2026-12-31T23:30:00Z"), "da")).toBe("1. januar 2027");
  });
});

describe("formatDateTime", () => {
  it("shows Copenhagen local time, in winter and in summer", () => {
    expect(formatDateTime(new Date("2026-11-28T13:30:00Z"), "da")).toBe("28. november 2026 kl. 14.30");
    expect(formatDateTime(new Date("2026-11-28T13:30:00Z"), "en")).toBe("28 November 2026 at 14:30");
    expect(formatDateTime(new Date("2026-06-30T22:30:00Z"), "da")).toBe("1. juli 2026 kl. 00.30");
  });
});

describe("formatLocalDate", () => {
  it("writes a chosen calendar date as that same date, in both languages", () => {
    expect(formatLocalDate("2026-12-15", "da")).toBe("15. december 2026");
    expect(formatLocalDate("2026-12-15", "en")).toBe("15 December 2026");
  });

  it("never moves a date to the day before or after, at year ends or on summer-time days", () => {
    expect(formatLocalDate("2026-01-01", "da")).toBe("1. januar 2026");
    expect(formatLocalDate("2026-12-31", "da")).toBe("31. december 2026");
    expect(formatLocalDate("2026-03-29", "da")).toBe("29. marts 2026");
    expect(formatLocalDate("2026-10-25", "en")).toBe("25 October 2026");
  });
});

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
