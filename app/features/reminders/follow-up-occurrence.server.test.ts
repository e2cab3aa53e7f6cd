import { describe, expect, it } from "vitest";
import { isFollowUpOn } from "./follow-up-occurrence.server";

describe("isFollowUpOn", () => {
  it("a one-off follow-up falls on its own date only", () => {
    const once = { followUpDate: "2026-12-01", recurrence: null };
    expect(isFollowUpOn(once, "2026-12-01")).toBe(true);
    expect(isFollowUpOn(once, "2026-11-30")).toBe(false);
    expect(isFollowUpOn(once, "2026-12-02")).toBe(false);
  });

  it("repeats every day, week or 14 days from its date, never before it", () => {
    expect(isFollowUpOn({ followUpDate: "2026-12-01", recurrence: "daily" }, "2027-02-13")).toBe(true);
    expect(isFollowUpOn({ followUpDate: "2026-12-01", recurrence: "daily" }, "2026-11-30")).toBe(false);
    const weekly = { followUpDate: "2026-12-01", recurrence: "weekly" as const };
    expect(isFollowUpOn(weekly, "2026-12-08")).toBe(true);
    expect(isFollowUpOn(weekly, "2026-12-09")).toBe(false);
    // Across the change to summer time, a week is still seven dates.
    expect(isFollowUpOn({ followUpDate: "2026-03-24", recurrence: "weekly" }, "2026-03-31")).toBe(true);
    const biweekly = { followUpDate: "2026-12-01", recurrence: "biweekly" as const };
    expect(isFollowUpOn(biweekly, "2026-12-15")).toBe(true);
    expect(isFollowUpOn(biweekly, "2026-12-08")).toBe(false);
  });

  it("repeats monthly and quarterly on the same day of the month, or its last day when shorter", () => {
    const monthly = { followUpDate: "2026-01-31", recurrence: "monthly" as const };
    expect(isFollowUpOn(monthly, "2026-02-28")).toBe(true);
    expect(isFollowUpOn(monthly, "2026-03-31")).toBe(true);
    expect(isFollowUpOn(monthly, "2026-04-30")).toBe(true);
    expect(isFollowUpOn(monthly, "2026-03-30")).toBe(false);
    const quarterly = { followUpDate: "2026-11-15", recurrence: "quarterly" as const };
    expect(isFollowUpOn(quarterly, "2027-02-15")).toBe(true);
    expect(isFollowUpOn(quarterly, "2026-12-15")).toBe(false);
  });
});
