import { describe, expect, it } from "vitest";
import { rememberFigures } from "./figures-cache";

describe("the figures' short memory", () => {
  it("shares one computation between requests, and computes again after a minute", async () => {
    const db = {};
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([
      rememberFigures(db, "k", compute, 1_000),
      rememberFigures(db, "k", compute, 1_000),
    ]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await rememberFigures(db, "k", compute, 60_999)).toBe(1);
    expect(await rememberFigures(db, "k", compute, 61_001)).toBe(2);
    // Another database handle (another test database, another app) has its own memory.
    expect(await rememberFigures({}, "k", compute, 1_000)).toBe(3);
  });

  it("forgets a failed computation, so the next request tries again", async () => {
    const db = {};
    await expect(
      rememberFigures(db, "k", () => Promise.reject(new Error("database away")), 0),
    ).rejects.toThrow();
    expect(await rememberFigures(db, "k", async () => "ok", 1)).toBe("ok");
  });
});
