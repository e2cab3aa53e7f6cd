import { describe, expect, it } from "vitest";
import { checkPeriodStarts, periodOfDate, tickOffFor } from "./check-periods";

// Periods come from the agreement's own dates (the rhythm module), in Danish time.

/** Saturday 28 November 2026, 23:30 UTC: already Sunday 29 November, 00:30, in Copenhagen. */
const SATURDAY_NIGHT_UTC = new Date("2026-11-28T23:30:00Z");
const active = { status: "active" as const };

describe("tickOffFor", () => {
  it("asks a daily agreement about today in Denmark, even when it is still yesterday in UTC", () => {
    expect(
      tickOffFor({ ...active, recurrence: "daily", followUpDate: "2026-11-01" }, SATURDAY_NIGHT_UTC),
    ).toEqual({ kind: "periodic", period: "day", current: "2026-11-29" });
  });

  it("names each repeat's period and starts it on the agreement's own dates", () => {
    const from = (recurrence: "weekly" | "biweekly" | "monthly" | "quarterly") =>
      tickOffFor({ ...active, recurrence, followUpDate: "2026-08-31" }, SATURDAY_NIGHT_UTC);
    expect(from("weekly")).toEqual({ kind: "periodic", period: "week", current: "2026-11-23" });
    expect(from("biweekly")).toEqual({ kind: "periodic", period: "fortnight", current: "2026-11-23" });
    // From the 31st: the months' last days (decision 031).
    expect(from("monthly")).toEqual({ kind: "periodic", period: "month", current: "2026-10-31" });
    expect(from("quarterly")).toEqual({ kind: "periodic", period: "quarter", current: "2026-08-31" });
  });

  it("does not ask before the first date, asks one-off and undated ones once, and closed ones never", () => {
    expect(
      tickOffFor({ ...active, recurrence: "weekly", followUpDate: "2026-12-01" }, SATURDAY_NIGHT_UTC),
    ).toEqual({
      kind: "notStarted",
      period: "week",
      startsOn: "2026-12-01",
    });
    expect(tickOffFor({ ...active, recurrence: null, followUpDate: "2026-11-01" })).toEqual({ kind: "once" });
    expect(tickOffFor({ ...active, recurrence: null, followUpDate: null })).toEqual({ kind: "once" });
    expect(tickOffFor({ status: "dropped", recurrence: "daily", followUpDate: "2026-11-01" })).toEqual({
      kind: "closed",
    });
    expect(tickOffFor({ status: "completed", recurrence: null, followUpDate: null })).toEqual({
      kind: "closed",
    });
  });
});

describe("checkPeriodStarts", () => {
  it("lists the last periods, oldest first, never one before the start", () => {
    const weekly = { recurrence: "weekly" as const, followUpDate: "2026-11-10" };
    expect(checkPeriodStarts(weekly, 14, SATURDAY_NIGHT_UTC)).toEqual([
      "2026-11-10",
      "2026-11-17",
      "2026-11-24",
    ]);
    expect(checkPeriodStarts(weekly, 2, SATURDAY_NIGHT_UTC)).toEqual(["2026-11-17", "2026-11-24"]);
    expect(checkPeriodStarts({ recurrence: null, followUpDate: "2026-11-10" }, 14)).toEqual([]);
  });

  it("skips the months without the repeat's day, as the calendar does", () => {
    const starts = checkPeriodStarts(
      { recurrence: "monthly", followUpDate: "2026-01-30" },
      14,
      new Date("2026-04-01T12:00:00Z"),
    );
    expect(starts).toEqual(["2026-01-30", "2026-03-30"]);
  });
});

describe("periodOfDate", () => {
  it("puts an answer in the period it falls in (an older answer dated by its Monday too)", () => {
    const starts = ["2026-11-10", "2026-11-24"];
    expect(periodOfDate(starts, "2026-11-09")).toBeNull();
    expect(periodOfDate(starts, "2026-11-16")).toBe("2026-11-10");
    expect(periodOfDate(starts, "2026-11-24")).toBe("2026-11-24");
    expect(periodOfDate(starts, "2026-11-30")).toBe("2026-11-24");
  });
});
