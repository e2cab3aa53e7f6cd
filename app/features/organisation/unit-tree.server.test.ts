import { describe, expect, it } from "vitest";
import { orderUnitTree, rewriteSubtreePaths, subtreeIds, type UnitNode } from "./unit-tree.server";

const units: UnitNode[] = [
  { id: "s", parentId: null, name: "Social", path: "Social" },
  { id: "s-h", parentId: "s", name: "Hjemmepleje", path: "Social / Hjemmepleje" },
  { id: "s-h-n", parentId: "s-h", name: "Nord", path: "Social / Hjemmepleje / Nord" },
  { id: "s-æ", parentId: "s", name: "Ældre", path: "Social / Ældre" },
  { id: "k", parentId: null, name: "Kultur", path: "Kultur" },
];

describe("the unit tree", () => {
  it("finds a unit's subtree through parent ids", () => {
    expect([...subtreeIds(units, "s")].sort()).toEqual(["s", "s-h", "s-h-n", "s-æ"]);
    expect([...subtreeIds(units, "s-h-n")]).toEqual(["s-h-n"]);
  });

  it("rebuilds the paths of a renamed or moved unit and everything below it, and nothing else", () => {
    expect(rewriteSubtreePaths(units, { unitId: "s-h", name: "Hjemmeplejen", parentPath: "Kultur" })).toEqual(
      new Map([
        ["s-h", "Kultur / Hjemmeplejen"],
        ["s-h-n", "Kultur / Hjemmeplejen / Nord"],
      ]),
    );
    expect(rewriteSubtreePaths(units, { unitId: "s-h", name: "Hjemmepleje", parentPath: null })).toEqual(
      new Map([
        ["s-h", "Hjemmepleje"],
        ["s-h-n", "Hjemmepleje / Nord"],
      ]),
    );
  });

  it("orders the units depth first with Danish alphabetical siblings, and their depth", () => {
    expect(orderUnitTree(units).map((unit) => `${unit.depth}:${unit.name}`)).toEqual([
      "0:Kultur",
      "0:Social",
      "1:Hjemmepleje",
      "2:Nord",
      "1:Ældre",
    ]);
  });
});
