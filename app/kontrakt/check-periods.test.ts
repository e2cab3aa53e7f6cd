import { describe, expect, it } from "vitest";
import { RECURRENCES } from "./agreement-types";
import { currentCheckPeriod, isCheckedDaily, recentCheckPeriods } from "./check-periods";

// A daily agreement is ticked off per Danish calendar day, every other one per week (dated by its
// Monday), whatever the server's zone.

/** Saturday 28 November 2026, 23:30 UTC: already Sunday 29 November, 00:30, in Copenhagen. */
const SATURDAY_NIGHT_UTC = new Date("2026-11-28T23:30:00Z");

describe("isCheckedDaily", () => {
  it("checks only daily agreements per day", () => {
    expect(isCheckedDaily("daily")).toBe(true);
    for (const recurrence of [...RECURRENCES.filter((r) => r !== "daily"), null]) {
      expect(isCheckedDaily(recurrence)).toBe(false);
    }
  });
});

describe("daily periods", () => {
  it("asks about today in Denmark, even when it is still yesterday in UTC", () => {
    expect(currentCheckPeriod("daily", SATURDAY_NIGHT_UTC)).toBe("2026-11-29");
    expect(currentCheckPeriod("daily", new Date("2026-11-28T22:30:00Z"))).toBe("2026-11-28");
  });

  it("lists consecutive days, oldest first, ending today", () => {
    expect(recentCheckPeriods("daily", 4, SATURDAY_NIGHT_UTC)).toEqual([
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
  });

  it("neither skips nor repeats a day across a month end or a change to or from summer time", () => {
    expect(recentCheckPeriods("daily", 3, new Date("2026-03-01T10:00:00Z"))).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
    ]);
    // Summer time starts on 29 March 2026 and ends on 25 October 2026.
    expect(recentCheckPeriods("daily", 3, new Date("2026-03-30T05:00:00Z"))).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
    ]);
    expect(recentCheckPeriods("daily", 3, new Date("2026-10-26T05:00:00Z"))).toEqual([
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
    ]);
  });

  it("gives no periods when none are asked for", () => {
    expect(recentCheckPeriods("daily", 0, SATURDAY_NIGHT_UTC)).toEqual([]);
  });
});

describe("weekly periods", () => {
  it.each(["weekly", "biweekly", "monthly", "quarterly", null] as const)(
    "dates a %s agreement's week by its Monday in Denmark",
    (recurrence) => {
      // Sunday 29 November in Copenhagen belongs to the week of Monday 23 November.
      expect(currentCheckPeriod(recurrence, SATURDAY_NIGHT_UTC)).toBe("2026-11-23");
      expect(recentCheckPeriods(recurrence, 3, SATURDAY_NIGHT_UTC)).toEqual([
        "2026-11-09",
        "2026-11-16",
        "2026-11-23",
      ]);
    },
  );

  it("starts a new week at midnight between Sunday and Monday, Danish time", () => {
    expect(currentCheckPeriod("weekly", new Date("2026-11-29T22:59:00Z"))).toBe("2026-11-23");
    expect(currentCheckPeriod("weekly", new Date("2026-11-29T23:00:00Z"))).toBe("2026-11-30");
    expect(currentCheckPeriod("weekly", new Date("2026-11-30T00:00:00Z"))).toBe("2026-11-30");
  });

  it("lists Mondays 7 days apart across a new year", () => {
    const periods = recentCheckPeriods("weekly", 3, new Date("2027-01-01T12:00:00Z"));
    expect(periods).toEqual(["2026-12-14", "2026-12-21", "2026-12-28"]);
    for (const period of periods) expect(new Date(`${period}T12:00:00Z`).getUTCDay()).toBe(1);
  });
});
