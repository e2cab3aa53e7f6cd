import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregateFigures,
  type CycleFacts,
  FIGURE_KEYS,
  type Figure,
  type FigureFilter,
  MIN_GROUP,
  quarterOf,
} from "./aggregate-figures";

const everything: FigureFilter = {
  unitIds: null,
  fromQuarter: "2000-K1",
  toQuarter: "2100-K4",
  leadersOfLeaders: null,
};

function leaders(
  count: number,
  unitId: string,
  done: Partial<Record<(typeof FIGURE_KEYS)[number], number>> = {},
) {
  return Array.from(
    { length: count },
    (_, index): CycleFacts => ({
      userId: `${unitId}-${index}`,
      unitId,
      quarter: "2026-K4",
      isLeaderOfLeaders: false,
      done: {
        finishedStep1: index < (done.finishedStep1 ?? 0),
        wroteKontrakt: index < (done.wroteKontrakt ?? 0),
        heldDialogue: index < (done.heldDialogue ?? 0),
        heldFollowUp: index < (done.heldFollowUp ?? 0),
      },
      agreementsKept: 1,
      agreementsTotal: 2,
    }),
  );
}

describe("aggregateFigures", () => {
  it("shows figures for a group of at least five", () => {
    const figures = aggregateFigures(leaders(7, "u1", { finishedStep1: 7, heldDialogue: 0 }), everything);
    expect(figures.started).toEqual({ value: 7 });
    expect(figures.counts.finishedStep1).toEqual({ value: 7 });
    expect(figures.counts.heldDialogue).toEqual({ value: 0 });
    expect(figures.keptShare).toEqual({ value: 0.5 });
  });

  it("suppresses a unit of four entirely", () => {
    const figures = aggregateFigures(leaders(4, "small", { finishedStep1: 4 }), {
      ...everything,
      unitIds: new Set(["small"]),
    });
    expect(figures.started).toEqual({ isSuppressed: true });
    expect(Object.values(figures.counts).every((figure) => "isSuppressed" in figure)).toBe(true);
    expect(figures.keptShare).toEqual({ isSuppressed: true });
  });

  it("suppresses a count that is, or leaves, fewer than five", () => {
    const figures = aggregateFigures(
      leaders(8, "u1", { finishedStep1: 3, wroteKontrakt: 6, heldDialogue: 5 }),
      everything,
    );
    expect(figures.counts.finishedStep1).toEqual({ isSuppressed: true });
    expect(figures.counts.wroteKontrakt).toEqual({ isSuppressed: true });
    expect(figures.counts.heldDialogue).toEqual({ isSuppressed: true });
    expect(aggregateFigures(leaders(10, "u1", { heldDialogue: 5 }), everything).counts.heldDialogue).toEqual({
      value: 5,
    });
  });

  it("two overlapping filters cannot reveal one person: a unit of 12 minus its sub-unit of 11", () => {
    // The parent has one person of its own; the child eleven. Without cells, 12 − 11 = that one person.
    const cycles = [
      ...leaders(11, "child", { heldDialogue: 11 }),
      ...leaders(1, "parent", { heldDialogue: 0 }),
    ];
    const parent = aggregateFigures(cycles, { ...everything, unitIds: new Set(["parent", "child"]) });
    const child = aggregateFigures(cycles, { ...everything, unitIds: new Set(["child"]) });
    expect(parent.started).toEqual(child.started);
    expect(parent.counts.heldDialogue).toEqual(child.counts.heldDialogue);
    expect(parent.leftOutCells).toBe(1);
  });

  it("a later period minus an earlier one differs only by whole groups of at least five", () => {
    const early = leaders(6, "u1", { heldDialogue: 6 });
    const late = leaders(2, "u1", { heldDialogue: 2 }).map((cycle, index) => ({
      ...cycle,
      userId: `late-${index}`,
      quarter: "2027-K1",
    }));
    const short = aggregateFigures([...early, ...late], { ...everything, toQuarter: "2026-K4" });
    const long = aggregateFigures([...early, ...late], { ...everything, toQuarter: "2027-K1" });
    expect(long.counts.heldDialogue).toEqual(short.counts.heldDialogue);
  });

  it("narrowing a filter changes any figure by 0 or at least five: subtraction isolates no one (property)", () => {
    const cycle = fc.record({
      userId: fc.integer({ min: 0, max: 40 }).map(String),
      unitId: fc.constantFrom("a", "b", "c"),
      quarter: fc.constantFrom("2026-K1", "2026-K2", "2026-K3"),
      isLeaderOfLeaders: fc.boolean(),
      done: fc.record({
        finishedStep1: fc.boolean(),
        wroteKontrakt: fc.boolean(),
        heldDialogue: fc.boolean(),
        heldFollowUp: fc.boolean(),
      }),
      agreementsKept: fc.constant(0),
      agreementsTotal: fc.constant(0),
    });
    // A filter and a narrower one inside it (fewer units, a shorter period, one role group).
    const nested = fc
      .record({
        units: fc.subarray(["a", "b", "c"]),
        narrowerUnits: fc.subarray(["a", "b", "c"]),
        from: fc.constantFrom("2026-K1", "2026-K2"),
        narrowFrom: fc.boolean(),
        role: fc.option(fc.boolean(), { nil: null }),
        narrowerRole: fc.option(fc.boolean(), { nil: null }),
      })
      .map(({ units, narrowerUnits, from, narrowFrom, role, narrowerRole }) => {
        const wide: FigureFilter = {
          unitIds: new Set(units),
          fromQuarter: from,
          toQuarter: "2026-K3",
          leadersOfLeaders: role,
        };
        const narrow: FigureFilter = {
          unitIds: new Set(narrowerUnits.filter((unit) => units.includes(unit))),
          fromQuarter: narrowFrom ? "2026-K3" : from,
          toQuarter: "2026-K3",
          leadersOfLeaders: role ?? narrowerRole,
        };
        return { wide, narrow };
      });
    fc.assert(
      fc.property(fc.array(cycle, { maxLength: 120 }), nested, (cycles, { wide, narrow }) => {
        // People keep one unit and role across their cycles, as in the data.
        const byUser = new Map<string, CycleFacts>();
        const consistent = cycles.map((item) => {
          const known = byUser.get(item.userId) ?? item;
          byUser.set(item.userId, known);
          return { ...item, unitId: known.unitId, isLeaderOfLeaders: known.isLeaderOfLeaders };
        });
        const a = aggregateFigures(consistent, wide);
        const b = aggregateFigures(consistent, narrow);
        for (const figure of [
          ...FIGURE_KEYS.map((key) => [a.counts[key], b.counts[key]]),
          [a.started, b.started],
        ]) {
          const [x, y] = figure as [Figure, Figure];
          if ("value" in x && "value" in y) {
            const difference = x.value - y.value;
            expect(difference === 0 || difference >= MIN_GROUP).toBe(true);
          }
        }
        if ("value" in a.started) expect(a.started.value).toBeGreaterThanOrEqual(MIN_GROUP);
      }),
      { numRuns: 300 },
    );
  });

  it("names quarters in Danish", () => {
    expect(quarterOf("2026-11-28")).toBe("2026-K4");
    expect(quarterOf("2027-01-01")).toBe("2027-K1");
  });
});
