import { diffIndices } from "node-diff3";

/** The lines that frame the two versions of lines both people changed: translated by the caller. */
export interface ConflictMarkers {
  first: string;
  second: string;
  end: string;
}

export interface TextMerge {
  body: string;
  /** True when both changed the same lines differently: the body then holds both versions, marked. */
  hasConflict: boolean;
}

interface Hunk {
  side: "theirs" | "mine";
  /** The base lines [start, end) this change replaces; start === end is an insertion before `start`. */
  start: number;
  end: number;
  lines: string[];
}

interface Group {
  start: number;
  end: number;
  hunks: Hunk[];
}

/**
 * Three-way merge, line by line, of a text two people (or two tabs) changed from the same `base`:
 * `theirs` is what is saved now, `mine` what arrives. Every change to different lines is kept, once:
 * a line changed next to a line the other added or changed is not a conflict. Lines both added at
 * the same place are both kept (theirs first; the very same lines once, also when one side's
 * addition already holds the other's), since two people appending notes is the common case. Only
 * when both changed the same base lines differently are both versions kept, between the markers,
 * for the person to choose; nothing either wrote is dropped.
 * (node-diff3's own merge counts neighbouring changes as conflicts, so only its diff is used.)
 */
export function mergeTexts(base: string, theirs: string, mine: string, markers: ConflictMarkers): TextMerge {
  if (mine === theirs) return { body: mine, hasConflict: false };
  if (theirs === base) return { body: mine, hasConflict: false };
  if (mine === base) return { body: theirs, hasConflict: false };
  const baseLines = toLines(base);
  const hunks = [
    ...changes(baseLines, toLines(theirs), "theirs"),
    ...changes(baseLines, toLines(mine), "mine"),
  ];
  // By position; at one position insertions before replacements, theirs before mine.
  hunks.sort(
    (x, y) =>
      x.start - y.start ||
      x.end - x.start - (y.end - y.start) ||
      (x.side === y.side ? 0 : x.side === "theirs" ? -1 : 1),
  );
  const merged: string[] = [];
  let hasConflict = false;
  let position = 0;
  for (const group of groupOverlapping(hunks)) {
    merged.push(...baseLines.slice(position, group.start));
    const resolved = resolveGroup(baseLines, group, markers);
    merged.push(...resolved.lines);
    hasConflict ||= resolved.isConflict;
    position = group.end;
  }
  merged.push(...baseLines.slice(position));
  return { body: merged.join("\n"), hasConflict };
}

function changes(baseLines: string[], lines: string[], side: Hunk["side"]): Hunk[] {
  return diffIndices(baseLines, lines).map((hunk) => ({
    side,
    start: hunk.buffer1[0],
    end: hunk.buffer1[0] + hunk.buffer1[1],
    lines: hunk.buffer2Content,
  }));
}

/**
 * Changes that touch the same base lines belong together. Touching only at an edge (an insertion
 * right before or after a changed line, or two neighbouring lines) is apart; two insertions at the
 * same place are together, so their order is decided in one place.
 */
function groupOverlapping(hunks: Hunk[]): Group[] {
  const groups: Group[] = [];
  for (const hunk of hunks) {
    const last = groups.at(-1);
    const overlaps =
      last !== undefined &&
      (hunk.start < last.end ||
        (hunk.start === last.end && hunk.start === hunk.end && last.start === last.end));
    if (last && overlaps) {
      last.hunks.push(hunk);
      last.end = Math.max(last.end, hunk.end);
    } else {
      groups.push({ start: hunk.start, end: hunk.end, hunks: [hunk] });
    }
  }
  return groups;
}

function resolveGroup(
  baseLines: string[],
  group: Group,
  markers: ConflictMarkers,
): { lines: string[]; isConflict: boolean } {
  const theirs = sideVersion(baseLines, group, "theirs");
  const mine = sideVersion(baseLines, group, "mine");
  if (theirs === undefined) return { lines: mine ?? [], isConflict: false };
  if (mine === undefined) return { lines: theirs, isConflict: false };
  if (sameLines(theirs, mine)) return { lines: mine, isConflict: false };
  // Both added here, or both wrote into the same blank lines (where people write next): adding.
  if (baseLines.slice(group.start, group.end).every((line) => line.trim() === "")) {
    // One side already holds the other's addition (a save sent again after its id was forgotten, a
    // stale page's form sent with a line more): those lines once, not twice.
    if (containsRun(mine, theirs)) return { lines: mine, isConflict: false };
    if (containsRun(theirs, mine)) return { lines: theirs, isConflict: false };
    return { lines: [...theirs, ...mine], isConflict: false };
  }
  return { lines: [markers.first, ...theirs, markers.second, ...mine, markers.end], isConflict: true };
}

/** What one side made of the group's base lines, or undefined when that side left them alone. */
function sideVersion(baseLines: string[], group: Group, side: Hunk["side"]): string[] | undefined {
  const hunks = group.hunks.filter((hunk) => hunk.side === side);
  if (hunks.length === 0) return undefined;
  const lines: string[] = [];
  let position = group.start;
  for (const hunk of hunks) {
    lines.push(...baseLines.slice(position, hunk.start), ...hunk.lines);
    position = hunk.end;
  }
  lines.push(...baseLines.slice(position, group.end));
  return lines;
}

/** Whether `run` stands in `lines` as consecutive lines. */
function containsRun(lines: string[], run: string[]): boolean {
  for (let start = 0; start + run.length <= lines.length; start++) {
    if (run.every((line, index) => lines[start + index] === line)) return true;
  }
  return false;
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

/** Empty text has no lines at all, so that a first line is an insertion, not a change. */
function toLines(text: string): string[] {
  return text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n");
}
