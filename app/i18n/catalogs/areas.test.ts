import { describe, expect, it } from "vitest";
import { TEXT_AREAS } from "../text-areas";
import { da } from "./da";
import { en } from "./en";

// The catalog's split (docs/decisions/045) is by whole top-level namespace: each lives in exactly one
// area file per language, the same area in both, so a namespace can be moved by the lead (or a
// script) without reading it. da.ts and en.ts spread the areas into one catalog, where a namespace in
// two areas would silently hide one of them: these tests catch that.

type Area = { texts: Record<string, unknown> };
const areaFiles = (modules: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(modules as Record<string, Area>).map(([file, module]) => [
      file.replace(/^.*\/([\w-]+)\.ts$/, "$1"),
      Object.keys(module.texts),
    ]),
  );
const daAreas = areaFiles(import.meta.glob("./da/*.ts", { eager: true }));
const enAreas = areaFiles(import.meta.glob("./en/*.ts", { eager: true }));
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

describe("the catalog's areas", () => {
  it("are the browser's areas and the server's, the same files in both languages", () => {
    const expected = [...TEXT_AREAS.map(kebab), "server"].sort();
    expect(Object.keys(daAreas).sort()).toEqual(expected);
    expect(Object.keys(enAreas).sort()).toEqual(expected);
  });

  it("hold each namespace in exactly one area, the same area in Danish and English", () => {
    const all = Object.values(daAreas).flat();
    expect(all.filter((namespace, index) => all.indexOf(namespace) !== index)).toEqual([]);
    expect(all.sort()).toEqual(Object.keys(da).sort());
    for (const [area, namespaces] of Object.entries(daAreas)) {
      expect(enAreas[area], area).toEqual(namespaces);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });
});
