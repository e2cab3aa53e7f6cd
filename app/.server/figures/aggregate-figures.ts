/**
 * Anonymous figures for HR, top management and MED/AMO, safe against small groups and against
 * subtraction. Every cycle falls in exactly one cell: (the leader's unit, the quarter the cycle
 * started, leader of leaders or not). A cell with fewer than MIN_GROUP people is left out of every
 * figure. A count of a cell is "safe" when it and its complement are each 0 or at least MIN_GROUP;
 * a figure is shown only when every cell it sums is safe for it. Any figure is thus a sum of safe
 * cells, and so is the difference of any two figures: no filter combination isolates fewer than
 * MIN_GROUP people. (docs/decisions/013)
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

export type Figure = { value: number } | { isSuppressed: true };

export interface Figures {
  /** Leaders who started a cycle, counted from cells of at least MIN_GROUP; null when none are. */
  started: Figure;
  counts: Record<FigureKey, Figure>;
  /** Share of agreements kept, 0–1. */
  keptShare: Figure;
  /** Cells left out because they had fewer than MIN_GROUP people. */
  leftOutCells: number;
}

const isSafeCount = (count: number, total: number) =>
  (count === 0 || count >= MIN_GROUP) && (total - count === 0 || total - count >= MIN_GROUP);

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
  for (const cell of cells.values()) {
    // People, not cycles: someone who started twice in a quarter counts once.
    const byPerson = new Map<string, CycleFacts[]>();
    for (const cycle of cell) {
      const own = byPerson.get(cycle.userId);
      if (own) own.push(cycle);
      else byPerson.set(cycle.userId, [cycle]);
    }
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
    for (const cycle of cell) {
      kept += cycle.agreementsKept;
      total += cycle.agreementsTotal;
    }
  }
  const counts = Object.fromEntries(
    FIGURE_KEYS.map((key) => [
      key,
      people === 0 || unsafe.has(key) ? { isSuppressed: true } : { value: sums[key] },
    ]),
  ) as Record<FigureKey, Figure>;
  return {
    started: people === 0 ? { isSuppressed: true } : { value: people },
    counts,
    keptShare: people === 0 || total === 0 ? { isSuppressed: true } : { value: kept / total },
    leftOutCells,
  };
}

/** "2026-K1" for a date in Danish time ("YYYY-MM-DD"). */
export function quarterOf(localDate: string): string {
  const [year, month] = localDate.split("-").map(Number) as [number, number];
  return `${year}-K${Math.floor((month - 1) / 3) + 1}`;
}
