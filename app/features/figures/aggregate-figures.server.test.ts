import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subtreeIds, type UnitNode } from "~/features/organisation/unit-tree.server";
import {
  aggregateFigures,
  type CycleFacts,
  FIGURE_KEYS,
  type Figure,
  type FigureFilter,
  type FigureKey,
  MIN_GROUP,
  quarterOf,
} from "./aggregate-figures.server";

const everything: FigureFilter = {
  unitIds: null,
  fromQuarter: "2000-K1",
  toQuarter: "2100-K4",
  leadersOfLeaders: null,
};

function leaders(
  count: number,
  unitId: string,
  done: Partial<Record<FigureKey, number>> = {},
  agreements: { kept: number; total: number } = { kept: 1, total: 2 },
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
      agreementsKept: agreements.kept,
      agreementsTotal: agreements.total,
    }),
  );
}

/**
 * What a reader of a shown figure knows about the true count c of a group of n (n is shown as
 * "started"): the interval of counts that the figure is consistent with.
 */
function possibleCounts(figure: Figure, n: number): [number, number] {
  if ("value" in figure) return [figure.value, figure.value];
  if ("isSuppressed" in figure) return [0, n];
  switch (figure.range) {
    case "under":
      return [0, MIN_GROUP - 1];
    case "allButUnder":
      return [n - MIN_GROUP + 1, n];
    case "between":
      return [MIN_GROUP, figure.upTo];
    case "groupTooSmall":
      return [0, n];
  }
}

describe("aggregateFigures", () => {
  it("shows a count only when at least five did it and at least five did not", () => {
    const figures = aggregateFigures(leaders(12, "u1", { finishedStep1: 7, heldDialogue: 8 }), everything);
    expect(figures.started).toEqual({ value: 12 });
    expect(figures.counts.finishedStep1).toEqual({ value: 7 });
    expect(figures.counts.heldDialogue).toEqual({ range: "allButUnder" });
    expect(figures.counts.wroteKontrakt).toEqual({ range: "under" });
  });

  it("a unit of ten where all prepared and none held a follow-up shows ranges, not 10 or 0 (finding 9)", () => {
    const figures = aggregateFigures(
      leaders(10, "u1", { finishedStep1: 10, wroteKontrakt: 10, heldDialogue: 5 }),
      everything,
    );
    expect(figures.started).toEqual({ value: 10 });
    expect(figures.counts.finishedStep1).toEqual({ range: "allButUnder" });
    expect(figures.counts.heldFollowUp).toEqual({ range: "under" });
    expect(figures.counts.heldDialogue).toEqual({ value: 5 });
  });

  it("a group of five to nine shows no count at all, whatever the count is", () => {
    for (const done of [0, 3, 4, 5, 8]) {
      const figures = aggregateFigures(leaders(8, "u1", { finishedStep1: done }), everything);
      expect(figures.started).toEqual({ value: 8 });
      expect(figures.counts.finishedStep1).toEqual({ range: "groupTooSmall" });
    }
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

  it("a sum whose part is a whole group that did nothing shows only the range it is in", () => {
    // 5 of 10 in unit a, 0 of 10 in unit b: "5" of 20 overall, minus a's "5", would say b's 0.
    const cycles = [...leaders(10, "a", { heldDialogue: 5 }), ...leaders(10, "b", { heldDialogue: 0 })];
    const a = aggregateFigures(cycles, { ...everything, unitIds: new Set(["a"]) });
    expect(a.counts.heldDialogue).toEqual({ value: 5 });
    expect(aggregateFigures(cycles, everything).counts.heldDialogue).toEqual({ range: "between", upTo: 15 });
    const few = [...leaders(10, "a", { heldDialogue: 3 }), ...leaders(10, "b", { heldDialogue: 0 })];
    expect(aggregateFigures(few, everything).counts.heldDialogue).toEqual({ range: "under" });
  });

  it("shows the share of agreements kept only when at least five were kept and five were not, in every part", () => {
    expect(aggregateFigures(leaders(10, "u1"), everything).keptShare).toEqual({ value: 0.5 });
    const allKept = aggregateFigures(leaders(10, "u1", {}, { kept: 2, total: 2 }), everything);
    expect(allKept.keptShare).toEqual({ isSuppressed: true });
    const noneKept = aggregateFigures(leaders(10, "u1", {}, { kept: 0, total: 3 }), everything);
    expect(noneKept.keptShare).toEqual({ isSuppressed: true });
  });

  it("two overlapping filters cannot reveal one person: a unit of 12 minus its sub-unit of 11", () => {
    // The parent has one person of its own; the child eleven. Without cells, 12 − 11 = that one person.
    const cycles = [
      ...leaders(11, "child", { heldDialogue: 6 }),
      ...leaders(1, "parent", { heldDialogue: 0 }),
    ];
    const parent = aggregateFigures(cycles, { ...everything, unitIds: new Set(["parent", "child"]) });
    const child = aggregateFigures(cycles, { ...everything, unitIds: new Set(["child"]) });
    expect(parent.started).toEqual(child.started);
    expect(parent.counts.heldDialogue).toEqual(child.counts.heldDialogue);
    expect(parent.leftOutCells).toBe(1);
  });

  it("a year minus a quarter cannot reveal that a later group of six all held a dialogue", () => {
    const early = leaders(10, "u1", { heldDialogue: 5 });
    const late = leaders(6, "u1", { heldDialogue: 6 }).map((cycle, index) => ({
      ...cycle,
      userId: `late-${index}`,
      quarter: "2027-K1",
    }));
    const short = aggregateFigures([...early, ...late], { ...everything, toQuarter: "2026-K4" });
    const long = aggregateFigures([...early, ...late], { ...everything, toQuarter: "2027-K1" });
    expect(short.counts.heldDialogue).toEqual({ value: 5 });
    // 11 of 16 would give away 6 of 6 in 2027-K1: the longer period shows an interval instead.
    expect(long.counts.heldDialogue).toEqual({ range: "between", upTo: 11 });
  });

  it("names quarters in Danish", () => {
    expect(quarterOf("2026-11-28")).toBe("2026-K4");
    expect(quarterOf("2027-01-01")).toBe("2027-K1");
  });
});

// --- The property: random organisations, every filter, every nested pair of filters. ---

const QUARTERS = ["2026-K1", "2026-K2", "2026-K3"] as const;
type Mode = "all" | "none" | "some";

/** An organisation: a unit tree, people in it (some without a unit), and their cycles. */
const organisation = fc
  .record({
    // Unit i's parent is one of the units before it, or none: any tree of up to five units.
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    // Per unit and figure: everyone did it, no one did, or some did. Whole groups are the case.
    modes: fc.array(
      fc.record(
        Object.fromEntries(
          FIGURE_KEYS.map((key) => [key, fc.constantFrom<Mode>("all", "none", "some")]),
        ) as Record<FigureKey, fc.Arbitrary<Mode>>,
      ),
      { minLength: 6, maxLength: 6 },
    ),
    people: fc.array(
      fc.record({
        unit: fc.integer({ min: -1, max: 4 }),
        isLeaderOfLeaders: fc.boolean(),
        quarters: fc.subarray([...QUARTERS], { minLength: 1 }),
        coin: fc.record(
          Object.fromEntries(FIGURE_KEYS.map((key) => [key, fc.boolean()])) as Record<
            FigureKey,
            fc.Arbitrary<boolean>
          >,
        ),
        agreementsKept: fc.nat({ max: 3 }),
        agreementsNotKept: fc.nat({ max: 3 }),
      }),
      { minLength: 10, maxLength: 90, size: "max" },
    ),
  })
  .map(({ parents, modes, people }) => {
    const units: UnitNode[] = parents.map((parent, index) => ({
      id: `u${index}`,
      parentId: index === 0 || parent % (index + 1) === index ? null : `u${parent % index}`,
      name: `U${index}`,
      path: `U${index}`,
    }));
    const cycles: CycleFacts[] = [];
    people.forEach((person, index) => {
      const unitIndex = person.unit < 0 ? -1 : person.unit % units.length;
      const mode = modes[unitIndex + 1] as Record<FigureKey, Mode>;
      for (const quarter of person.quarters)
        cycles.push({
          userId: `p${index}`,
          unitId: unitIndex < 0 ? null : `u${unitIndex}`,
          quarter,
          isLeaderOfLeaders: person.isLeaderOfLeaders,
          done: Object.fromEntries(
            FIGURE_KEYS.map((key) => [
              key,
              mode[key] === "all" || (mode[key] === "some" && person.coin[key]),
            ]),
          ) as Record<FigureKey, boolean>,
          agreementsKept: person.agreementsKept,
          agreementsTotal: person.agreementsKept + person.agreementsNotKept,
        });
    });
    return { units, cycles };
  });

interface NamedFilter {
  unit: string | null;
  from: number;
  to: number;
  role: boolean | null;
  filter: FigureFilter;
}

/** Every filter the page offers: the whole organisation or any unit, any range of quarters, any role. */
function everyFilter(units: UnitNode[]): NamedFilter[] {
  const filters: NamedFilter[] = [];
  for (const unit of [null, ...units.map((item) => item.id)])
    for (let from = 0; from < QUARTERS.length; from++)
      for (let to = from; to < QUARTERS.length; to++)
        for (const role of [null, true, false])
          filters.push({
            unit,
            from,
            to,
            role,
            filter: {
              unitIds: unit === null ? null : subtreeIds(units, unit),
              fromQuarter: QUARTERS[from] as string,
              toQuarter: QUARTERS[to] as string,
              leadersOfLeaders: role,
            },
          });
  return filters;
}

/** Does `wide` include everything `narrow` does (a unit and one below it, a year and a quarter, …)? */
function contains(wide: NamedFilter, narrow: NamedFilter): boolean {
  const units =
    wide.filter.unitIds === null ||
    (narrow.filter.unitIds !== null &&
      [...narrow.filter.unitIds].every((id) => wide.filter.unitIds?.has(id)));
  return (
    units &&
    wide.from <= narrow.from &&
    narrow.to <= wide.to &&
    (wide.role === null || wide.role === narrow.role)
  );
}

/**
 * The truth, counted another way: the people in each cell (unit, quarter, role) the filter takes,
 * cells under five left out; n people and, per figure, c who did it.
 */
function trueCounts(cycles: CycleFacts[], filter: FigureFilter) {
  const cells = new Map<string, Map<string, CycleFacts[]>>();
  for (const cycle of cycles) {
    const isIn =
      cycle.quarter >= filter.fromQuarter &&
      cycle.quarter <= filter.toQuarter &&
      (filter.unitIds === null || (cycle.unitId !== null && filter.unitIds.has(cycle.unitId))) &&
      (filter.leadersOfLeaders === null || filter.leadersOfLeaders === cycle.isLeaderOfLeaders);
    if (!isIn) continue;
    const key = JSON.stringify([cycle.unitId, cycle.quarter, cycle.isLeaderOfLeaders]);
    const cell = cells.get(key) ?? new Map<string, CycleFacts[]>();
    cells.set(key, cell);
    cell.set(cycle.userId, [...(cell.get(cycle.userId) ?? []), cycle]);
  }
  let n = 0;
  const c = Object.fromEntries(FIGURE_KEYS.map((key) => [key, 0])) as Record<FigureKey, number>;
  // Whether every counted cell has at least five agreements kept and five not.
  let isShareSafe = true;
  for (const cell of cells.values()) {
    if (cell.size < MIN_GROUP) continue;
    n += cell.size;
    for (const key of FIGURE_KEYS)
      c[key] += [...cell.values()].filter((own) => own.some((cycle) => cycle.done[key])).length;
    const own = [...cell.values()].flat();
    const kept = own.reduce((sum, cycle) => sum + cycle.agreementsKept, 0);
    const total = own.reduce((sum, cycle) => sum + cycle.agreementsTotal, 0);
    if (kept < MIN_GROUP || total - kept < MIN_GROUP) isShareSafe = false;
  }
  return { n, c, isShareSafe };
}

function fail(message: string, detail: unknown): never {
  throw new Error(`${message}: ${JSON.stringify(detail)}`);
}

describe("no figure and no difference of two figures singles anyone out (property)", () => {
  it("for random organisations, every filter and every nested pair of filters", () => {
    fc.assert(
      fc.property(organisation, ({ units, cycles }) => {
        const shown = everyFilter(units).map((named) => {
          const figures = aggregateFigures(cycles, named.filter);
          const n = "value" in figures.started ? figures.started.value : 0;
          return { named, figures, n, truth: trueCounts(cycles, named.filter) };
        });
        for (const { named, figures, n, truth } of shown) {
          if (n !== truth.n) fail("started is not the people counted", { named, n, truth });
          if (n > 0 && n < MIN_GROUP) fail("a group under five is shown", { named, n });
          if ("value" in figures.keptShare && !truth.isShareSafe)
            fail("a share of agreements is shown where a part kept, or left, fewer than five", { named });
          for (const key of FIGURE_KEYS) {
            const figure = figures.counts[key];
            const c = truth.c[key];
            const [low, high] = possibleCounts(figure, n);
            // What is shown is true…
            if (c < low || c > high) fail("a figure says something untrue", { named, key, figure, c, n });
            // …a number only when at least five did and at least five did not…
            if ("value" in figure && (c < MIN_GROUP || n - c < MIN_GROUP))
              fail("a count of fewer than five, or all but fewer than five, is shown", { named, key, c, n });
            // …and under ten people, nothing that depends on the count.
            if (n > 0 && n < 2 * MIN_GROUP && !("range" in figure && figure.range === "groupTooSmall"))
              fail("a group of five to nine shows a count-dependent figure", { named, key, figure, n });
            if ("range" in figure && figure.range === "between" && figure.upTo !== n - MIN_GROUP)
              fail("an interval that is not 5 to n − 5", { named, key, figure, n });
          }
        }
        // A filter and a narrower one inside it: what the two shown figures say about the people in
        // the wide one but not the narrow one must not pin down their count when that count, or the
        // count of those who did not, is under five.
        for (const wide of shown)
          for (const narrow of shown) {
            if (wide === narrow || !contains(wide.named, narrow.named)) continue;
            const groupSize = wide.n - narrow.n;
            if (groupSize !== 0 && groupSize < MIN_GROUP)
              fail("two starts differ by fewer than five", { wide: wide.named, narrow: narrow.named });
            for (const key of FIGURE_KEYS) {
              const [wideLow, wideHigh] = possibleCounts(wide.figures.counts[key], wide.n);
              const [narrowLow, narrowHigh] = possibleCounts(narrow.figures.counts[key], narrow.n);
              const low = Math.max(0, wideLow - narrowHigh);
              const high = Math.min(groupSize, wideHigh - narrowLow);
              const difference = wide.truth.c[key] - narrow.truth.c[key];
              if (
                groupSize > 0 &&
                low === high &&
                (difference < MIN_GROUP || groupSize - difference < MIN_GROUP)
              )
                fail("subtracting two figures gives away a small count", {
                  wide: wide.named,
                  narrow: narrow.named,
                  key,
                  difference,
                  groupSize,
                });
            }
          }
      }),
      { numRuns: 150 },
    );
  });

  it("the generator makes the cases that matter: whole groups that did or did not, and nested units", () => {
    // Without this, the property could pass on organisations too small or too mixed to test anything.
    let wholeGroups = 0;
    let nestedUnits = 0;
    fc.assert(
      fc.property(organisation, ({ units, cycles }) => {
        const isWholeGroup = everyFilter(units).some(({ filter }) => {
          const { n, c } = trueCounts(cycles, filter);
          return n >= 2 * MIN_GROUP && FIGURE_KEYS.some((key) => c[key] === 0 || c[key] === n);
        });
        if (isWholeGroup) wholeGroups++;
        if (units.some((unit) => unit.parentId !== null)) nestedUnits++;
      }),
      { numRuns: 150, seed: 13 },
    );
    expect(wholeGroups).toBeGreaterThan(10);
    expect(nestedUnits).toBeGreaterThan(10);
  });
});
