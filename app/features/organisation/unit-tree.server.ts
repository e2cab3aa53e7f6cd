/** A unit as the tree needs it: who its parent is, its own name and its full path. */
export interface UnitNode {
  id: string;
  parentId: string | null;
  name: string;
  path: string;
}

/** Between the names in a path ("Social og Sundhed / Hjemmeplejen"), as the CSV import reads it. */
export const UNIT_PATH_SEPARATOR = " / ";

export function joinUnitPath(parentPath: string | null, name: string): string {
  return parentPath === null ? name : `${parentPath}${UNIT_PATH_SEPARATOR}${name}`;
}

/** The unit and every unit below it, found through parent ids (a path is text, not structure). */
export function subtreeIds(units: readonly UnitNode[], rootId: string): Set<string> {
  const children = childrenByParent(units);
  const found = new Set<string>();
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    for (const child of children.get(id) ?? []) pending.push(child.id);
  }
  return found;
}

/**
 * Every unit's path after the unit is renamed and/or moved under `parentPath` (null: to the top):
 * the unit and all its descendants, rebuilt from the names down the tree.
 */
export function rewriteSubtreePaths(
  units: readonly UnitNode[],
  change: { unitId: string; name: string; parentPath: string | null },
): Map<string, string> {
  const children = childrenByParent(units);
  const paths = new Map<string, string>();
  const visit = (id: string, path: string) => {
    if (paths.has(id)) return;
    paths.set(id, path);
    for (const child of children.get(id) ?? []) visit(child.id, joinUnitPath(path, child.name));
  };
  visit(change.unitId, joinUnitPath(change.parentPath, change.name));
  return paths;
}

/** The units depth first, each after its parent and siblings by name, with how deep each is. */
export function orderUnitTree<Unit extends UnitNode>(units: readonly Unit[]): (Unit & { depth: number })[] {
  const children = childrenByParent(units);
  const ids = new Set(units.map((unit) => unit.id));
  const ordered: (Unit & { depth: number })[] = [];
  const visit = (unit: Unit, depth: number) => {
    ordered.push({ ...unit, depth });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };
  // A unit whose parent is not in the list is shown at the top rather than lost.
  for (const unit of [...units].sort(byName)) {
    if (unit.parentId === null || !ids.has(unit.parentId)) visit(unit, 0);
  }
  return ordered;
}

function childrenByParent<Unit extends UnitNode>(units: readonly Unit[]): Map<string | null, Unit[]> {
  const children = new Map<string | null, Unit[]>();
  const sorted = [...units].sort(byName);
  for (const unit of sorted) {
    const siblings = children.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  return children;
}

function byName(a: UnitNode, b: UnitNode): number {
  return a.name.localeCompare(b.name, "da");
}
