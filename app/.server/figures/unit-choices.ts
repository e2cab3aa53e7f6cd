/** A unit as the figures' filter sees it: its id and its whole path ("Forvaltning 1 / Afdeling 2"). */
export interface UnitPath {
  id: string;
  path: string;
}

/**
 * Up to this many units, the filter offers them all. Beyond it (a large municipality has thousands)
 * one list would make every view of the figures heavy to send and hard to choose from, so the filter
 * offers a path down the tree instead (see unitChoices).
 */
export const MAX_LISTED_UNITS = 200;

/** True when `unit` is `ancestor` or lies somewhere below it. */
export function isWithin(unit: UnitPath, ancestor: UnitPath): boolean {
  return unit.path === ancestor.path || unit.path.startsWith(`${ancestor.path} / `);
}

/** "Forvaltning 1 / Afdeling 2" for "Forvaltning 1 / Afdeling 2 / Team 3"; "" at the top level. */
function parentPath(unit: UnitPath): string {
  const cut = unit.path.lastIndexOf(" / ");
  return cut < 0 ? "" : unit.path.slice(0, cut);
}

/**
 * The units to offer in the filter, in path order. In a small organisation: all of them. In a large
 * one: the tree opened along the chosen unit — the top level, the units beside each unit on the way
 * down, and the units just below the chosen one — so HR narrows down a level at a time, and any unit
 * is a few choices away.
 */
export function unitChoices(units: UnitPath[], selected: UnitPath | undefined): UnitPath[] {
  if (units.length <= MAX_LISTED_UNITS) return units;
  return units.filter((unit) => {
    const parent = parentPath(unit);
    return parent === "" || (selected !== undefined && isWithin(selected, { id: "", path: parent }));
  });
}
