/**
 * Anonymous figures for HR, top management and MED/AMO, safe against small groups and against
 * subtraction. Every cycle falls in exactly one cell: (the leader's unit, the quarter the cycle
 * started, leader of leaders or not). A cell with fewer than MIN_GROUP people is left out of every
 * figure. A count c of a cell of n is "safe" when c ≥ MIN_GROUP and n − c ≥ MIN_GROUP: at least five
 * did it and at least five did not. A figure is shown as a number only when every cell it sums is
 * safe for it; so is the difference of any two nested figures (a sum of whole cells), and no filter
 * combination tells that a group did, or did not, all do something. Otherwise only a range is
 * shown, chosen from the sum and never from a cell: "under 5", "all but under 5", "5 to n − 5", and
 * under ten people (where both c and n − c can be under five) only that the group is too small.
 * (docs/decisions/013, 028)
 */
export const MIN_GROUP = 5;

export const FIGURE_KEYS = ["finishedStep1", "wroteKontrakt", "heldDialogue", "heldFollowUp"] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** One cycle with what its leader has done (never any text). */
export interface CycleFacts {
  userId: string;
  unitId: string | null;
  /** "2026-K1": the quarter the cycle started, in Danish time. */
  quarter: string;
  isLeaderOfLeaders: boolean;
  done: Record<FigureKey, boolean>;
  agreementsKept: number;
  agreementsTotal: number;
}

export interface FigureFilter {
  /** The units to include (a unit and all below it); null = the whole organisation. */
  unitIds: Set<string> | null;
  fromQuarter: string;
  toQuarter: string;
  /** null = all leaders. */
  leadersOfLeaders: boolean | null;
}

/**
 * A count as it may be shown: a number; a range that is all a reader learns (`under`: fewer than
 * MIN_GROUP did it; `allButUnder`: fewer than MIN_GROUP did not; `between`: from MIN_GROUP to
 * `upTo` = n − MIN_GROUP; `groupTooSmall`: n is under 2 × MIN_GROUP, so nothing about the count is
 * shown); or nothing, when no group is counted at all.
 */
export type Figure =
  | { value: number }
  | { range: "under" | "allButUnder" | "groupTooSmall" }
  | { range: "between"; upTo: number }
  | { isSuppressed: true };

/** A share (0–1) is shown only when it is safe in every cell it sums, or not at all. */
export type ShareFigure = { value: number } | { isSuppressed: true };

export interface Figures {
  /** Leaders who started a cycle, counted from cells of at least MIN_GROUP; null when none are. */
  started: Figure;
  counts: Record<FigureKey, Figure>;
  /** Share of agreements kept, 0–1: in every cell at least five agreements kept and five not. */
  keptShare: ShareFigure;
  /** Cells left out because they had fewer than MIN_GROUP people. */
  leftOutCells: number;
}

const isSafeCount = (count: number, total: number) => count >= MIN_GROUP && total - count >= MIN_GROUP;

/** What may be shown of `count` people of `people`, when every cell summed was safe or not. */
function showCount(count: number, people: number, isEverySafe: boolean): Figure {
  if (people === 0) return { isSuppressed: true };
  // Under ten, "under 5" and "all but under 5" can both be true: choosing one would tell the count.
  if (people < 2 * MIN_GROUP) return { range: "groupTooSmall" };
  if (isEverySafe) return { value: count };
  if (count < MIN_GROUP) return { range: "under" };
  if (people - count < MIN_GROUP) return { range: "allButUnder" };
  return { range: "between", upTo: people - MIN_GROUP };
}

export function aggregateFigures(cycles: CycleFacts[], filter: FigureFilter): Figures {
  const cells = new Map<string, CycleFacts[]>();
  for (const cycle of cycles) {
    if (cycle.quarter < filter.fromQuarter || cycle.quarter > filter.toQuarter) continue;
    if (filter.unitIds && (cycle.unitId === null || !filter.unitIds.has(cycle.unitId))) continue;
    if (filter.leadersOfLeaders !== null && cycle.isLeaderOfLeaders !== filter.leadersOfLeaders) continue;
    const key = `${cycle.unitId ?? "-"}|${cycle.quarter}|${cycle.isLeaderOfLeaders}`;
    const cell = cells.get(key);
    if (cell) cell.push(cycle);
    else cells.set(key, [cycle]);
  }
  let people = 0;
  let leftOutCells = 0;
  const sums = Object.fromEntries(FIGURE_KEYS.map((key) => [key, 0])) as Record<FigureKey, number>;
  const unsafe = new Set<FigureKey>();
  let kept = 0;
  let total = 0;
  let isShareUnsafe = false;
  for (const cell of cells.values()) {
    const byPerson = groupByPerson(cell);
    const size = byPerson.size;
    if (size < MIN_GROUP) {
      leftOutCells++;
      continue;
    }
    people += size;
    for (const key of FIGURE_KEYS) {
      const count = [...byPerson.values()].filter((own) => own.some((cycle) => cycle.done[key])).length;
      if (!isSafeCount(count, size)) unsafe.add(key);
      sums[key] += count;
    }
    const cellKept = cell.reduce((sum, cycle) => sum + cycle.agreementsKept, 0);
    const cellTotal = cell.reduce((sum, cycle) => sum + cycle.agreementsTotal, 0);
    // A share of 0 % or 100 % of a cell says what each of its leaders did with their agreements.
    if (!isSafeCount(cellKept, cellTotal)) isShareUnsafe = true;
    kept += cellKept;
    total += cellTotal;
  }
  const counts = Object.fromEntries(
    FIGURE_KEYS.map((key) => [key, showCount(sums[key], people, !unsafe.has(key))]),
  ) as Record<FigureKey, Figure>;
  return {
    started: people === 0 ? { isSuppressed: true } : { value: people },
    counts,
    keptShare: people === 0 || isShareUnsafe ? { isSuppressed: true } : { value: kept / total },
    leftOutCells,
  };
}

/** People, not cycles: someone who started twice in a quarter counts once. */
function groupByPerson(cell: CycleFacts[]): Map<string, CycleFacts[]> {
  const byPerson = new Map<string, CycleFacts[]>();
  for (const cycle of cell) {
    const own = byPerson.get(cycle.userId);
    if (own) own.push(cycle);
    else byPerson.set(cycle.userId, [cycle]);
  }
  return byPerson;
}

/** "2026-K1" for a date in Danish time ("YYYY-MM-DD"). */
export function quarterOf(localDate: string): string {
  const [year, month] = localDate.split("-").map(Number) as [number, number];
  return `${year}-K${Math.floor((month - 1) / 3) + 1}`;
}
