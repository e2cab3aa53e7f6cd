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
    // Expired: the old value is answered while the new one is computed, once.
    const stale = await Promise.all([
      rememberFigures(db, "k", compute, 61_001),
      rememberFigures(db, "k", compute, 61_002),
    ]);
    expect([...stale, computed]).toEqual([1, 1, 2]);
    expect(await rememberFigures(db, "k", compute, 61_003)).toBe(2);
    // Another database handle (another test database, another app) has its own memory.
    expect(await rememberFigures({}, "k", compute, 1_000)).toBe(3);
  });

  it("makes the reader wait for a new value once the old one is more than a minute past its time", async () => {
    const db = {};
    let computed = 0;
    const compute = async () => ++computed;
    expect(await rememberFigures(db, "k", compute, 0)).toBe(1);
    expect(await rememberFigures(db, "k", compute, 120_001)).toBe(2);
  });

  it("forgets a failed computation, so the next request tries again", async () => {
    const db = {};
    await expect(
      rememberFigures(db, "k", () => Promise.reject(new Error("database away")), 0),
    ).rejects.toThrow();
    expect(await rememberFigures(db, "k", async () => "ok", 1)).toBe("ok");
  });

  it("keeps answering the old value when a computation in the background fails", async () => {
    const db = {};
    expect(await rememberFigures(db, "k", async () => "old", 0)).toBe("old");
    const failing = () => Promise.reject(new Error("database away"));
    expect(await rememberFigures(db, "k", failing, 61_000)).toBe("old");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await rememberFigures(db, "k", async () => "new", 62_000)).toBe("old");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await rememberFigures(db, "k", async () => "newer", 62_001)).toBe("new");
  });
});
