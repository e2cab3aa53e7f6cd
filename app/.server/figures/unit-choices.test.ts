import { describe, expect, it } from "vitest";
import type { UnitNode } from "../organisations/unit-tree";
import { MAX_LISTED_UNITS, unitChoices } from "./unit-choices";

function tree(forvaltninger: number, afdelinger: number, teams: number): UnitNode[] {
  const units: UnitNode[] = [];
  for (let f = 1; f <= forvaltninger; f++) {
    units.push({ id: `f${f}`, parentId: null, name: `F${f}`, path: `F${f}` });
    for (let a = 1; a <= afdelinger; a++) {
      units.push({ id: `f${f}a${a}`, parentId: `f${f}`, name: `A${a}`, path: `F${f} / A${a}` });
      for (let t = 1; t <= teams; t++)
        units.push({
          id: `f${f}a${a}t${t}`,
          parentId: `f${f}a${a}`,
          name: `T${t}`,
          path: `F${f} / A${a} / T${t}`,
        });
    }
  }
  return units.sort((x, y) => x.path.localeCompare(y.path));
}

const ids = (units: UnitNode[]) => units.map((unit) => unit.id);

describe("unitChoices", () => {
  it("offers every unit of a small organisation, whatever is chosen", () => {
    const units = tree(2, 3, 2);
    expect(unitChoices(units, undefined)).toEqual(units);
    expect(unitChoices(units, units[4])).toEqual(units);
  });

  it("offers the top level of a large organisation when nothing is chosen", () => {
    const units = tree(5, 10, 10);
    expect(units.length).toBeGreaterThan(MAX_LISTED_UNITS);
    expect(ids(unitChoices(units, undefined))).toEqual(["f1", "f2", "f3", "f4", "f5"]);
  });

  it("opens the tree along the chosen unit: the levels on the way down and the one below it", () => {
    const units = tree(5, 10, 10);
    const afdeling = units.find((unit) => unit.id === "f2a3");
    const offered = ids(unitChoices(units, afdeling));
    for (const id of ["f1", "f5", "f2", "f2a1", "f2a10", "f2a3", "f2a3t1", "f2a3t10"])
      expect(offered).toContain(id);
    // Not another unit's teams, nor another forvaltning's afdelinger.
    expect(offered).not.toContain("f2a4t1");
    expect(offered).not.toContain("f1a1");
    expect(offered).toHaveLength(5 + 10 + 10);
  });

  it("offers the way back up from a unit at the bottom of the tree", () => {
    const units = tree(5, 10, 10);
    const team = units.find((unit) => unit.id === "f5a10t10");
    expect(unitChoices(units, team)).toHaveLength(5 + 10 + 10);
    expect(ids(unitChoices(units, team))).toContain("f5a10t10");
  });

  it("does not take a unit whose name only begins like the chosen one's for one below it", () => {
    const units: UnitNode[] = [
      ...tree(1, 1, 0),
      { id: "f1a1x", parentId: "f1", name: "A1x", path: "F1 / A1x" },
      ...Array.from({ length: MAX_LISTED_UNITS }, (_, i) => ({
        id: `x${i}`,
        parentId: "f1a1x",
        name: `T${i}`,
        path: `F1 / A1x / T${i}`,
      })),
    ];
    expect(ids(unitChoices(units, units[1]))).toEqual(["f1", "f1a1", "f1a1x"]);
  });
});
