import { describe, expect, it } from "vitest";
import { copenhagenInstant } from "./copenhagen-instant";

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
