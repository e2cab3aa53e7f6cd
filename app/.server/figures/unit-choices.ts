import type { UnitNode } from "../organisations/unit-tree";

/**
 * Up to this many units, the filter offers them all. Beyond it (a large municipality has thousands)
 * one list would make every view of the figures heavy to send and hard to choose from, so the filter
 * offers a path down the tree instead (see unitChoices).
 */
export const MAX_LISTED_UNITS = 200;

/**
 * The units to offer in the filter, in the order given. In a small organisation: all of them. In a
 * large one: the tree opened along the chosen unit — the top level, the units beside each unit on
 * the way down, and the units just below the chosen one — so HR narrows down a level at a time, and
 * any unit is a few choices away. Found through parent ids, like the rest of the unit tree.
 */
export function unitChoices<Unit extends UnitNode>(
  units: readonly Unit[],
  selected: Unit | undefined,
): Unit[] {
  if (units.length <= MAX_LISTED_UNITS) return [...units];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  // The chosen unit and every unit above it: their children are offered.
  const opened = new Set<string>();
  for (let unit = selected; unit && !opened.has(unit.id); unit = byId.get(unit.parentId ?? "")) {
    opened.add(unit.id);
  }
  return units.filter((unit) => unit.parentId === null || opened.has(unit.parentId));
}
