import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLocalDate } from "./format-date";

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
