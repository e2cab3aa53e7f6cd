import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ConflictMarkers, mergeTexts } from "./merge-texts";

const MARKERS: ConflictMarkers = { first: "<<1", second: "==2", end: ">>" };
const merge = (base: string, theirs: string, mine: string) => mergeTexts(base, theirs, mine, MARKERS);

describe("mergeTexts", () => {
  it("takes mine when nobody else changed anything", () => {
    expect(merge("a\nb", "a\nb", "a\nb\nc")).toEqual({ body: "a\nb\nc", hasConflict: false });
  });

  it("merges changes to different lines", () => {
    const base = "Mål\nRum\nTrivsel";
    expect(merge(base, "Mål: klare\nRum\nTrivsel", "Mål\nRum\nTrivsel: pauser")).toEqual({
      body: "Mål: klare\nRum\nTrivsel: pauser",
      hasConflict: false,
    });
  });

  it("keeps both when both append at the end, or start from empty notes", () => {
    expect(merge("Noter:", "Noter:\nHans linje", "Noter:\nMin linje").body).toBe(
      "Noter:\nHans linje\nMin linje",
    );
    expect(merge("", "Hans", "Min").body).toBe("Hans\nMin");
  });

  it("keeps lines once when one side's addition already holds the other's (a save sent again)", () => {
    // A stale page's form sent with a line more, and a retry that comes after the other's lines.
    expect(merge("", "Søren skriver", "Søren skriver\nSøren igen").body).toBe("Søren skriver\nSøren igen");
    expect(merge("", "Søren skriver\nNiels 1\nNiels 2", "Søren skriver").body).toBe(
      "Søren skriver\nNiels 1\nNiels 2",
    );
    expect(merge("Noter:", "Noter:\nNiels 1\nSøren skriver", "Noter:\nSøren skriver").body).toBe(
      "Noter:\nNiels 1\nSøren skriver",
    );
  });

  it("finishes my line while the other adds one right after it (no conflict, nothing twice)", () => {
    // Saved mid-word, then the other person's line arrived below it.
    expect(merge("Søren skr", "Søren skr\nNiels skriver", "Søren skriver")).toEqual({
      body: "Søren skriver\nNiels skriver",
      hasConflict: false,
    });
    expect(merge("Niels", "Søren skriver\nNiels", "Niels skriver")).toEqual({
      body: "Søren skriver\nNiels skriver",
      hasConflict: false,
    });
  });

  it("keeps both versions, marked, when both change the same line differently", () => {
    expect(
      merge("Aftale: ugentligt\nSlut", "Aftale: hver 14. dag\nSlut", "Aftale: hver måned\nSlut"),
    ).toEqual({
      body: "<<1\nAftale: hver 14. dag\n==2\nAftale: hver måned\n>>\nSlut",
      hasConflict: true,
    });
  });

  it("is no conflict when both make the same change", () => {
    expect(merge("a", "b", "b")).toEqual({ body: "b", hasConflict: false });
    expect(merge("a\nc", "a\nb\nc", "a\nb\nc")).toEqual({ body: "a\nb\nc", hasConflict: false });
  });
});

// Two writers each edit their copy of the same base: every line is unique, tagged by who wrote it.
type Edit = { kind: "insert" | "replace" | "delete"; at: number };
const edits = fc.array(
  fc.record({ kind: fc.constantFrom<Edit["kind"]>("insert", "replace", "delete"), at: fc.nat(20) }),
  { maxLength: 6 },
);

function applyEdits(base: string[], list: Edit[], tag: string): { lines: string[]; written: string[] } {
  const lines = [...base];
  const written: string[] = [];
  list.forEach((edit, index) => {
    const line = `${tag}${index}`;
    if (edit.kind === "insert") {
      lines.splice(edit.at % (lines.length + 1), 0, line);
      written.push(line);
    } else if (lines.length > 0) {
      const at = edit.at % lines.length;
      if (edit.kind === "replace") {
        written.splice(written.indexOf(lines[at] ?? ""), lines[at]?.startsWith(tag) ? 1 : 0);
        lines[at] = line;
        written.push(line);
      } else {
        if (lines[at]?.startsWith(tag)) written.splice(written.indexOf(lines[at] ?? ""), 1);
        lines.splice(at, 1);
      }
    }
  });
  return { lines, written };
}

const countOf = (lines: string[], line: string) => lines.filter((each) => each === line).length;

describe("mergeTexts (properties)", () => {
  const baseLines = fc.integer({ min: 0, max: 6 }).map((n) => Array.from({ length: n }, (_, i) => `b${i}`));

  it("keeps every line either wrote exactly once, and every base line neither touched exactly once", () => {
    fc.assert(
      fc.property(baseLines, edits, edits, (base, theirEdits, myEdits) => {
        const theirs = applyEdits(base, theirEdits, "t");
        const mine = applyEdits(base, myEdits, "m");
        const result = merge(base.join("\n"), theirs.lines.join("\n"), mine.lines.join("\n"));
        const lines = result.body === "" ? [] : result.body.split("\n");
        for (const line of [...theirs.written, ...mine.written]) expect(countOf(lines, line)).toBe(1);
        for (const line of base) {
          const keptByBoth = theirs.lines.includes(line) && mine.lines.includes(line);
          if (keptByBoth) expect(countOf(lines, line)).toBe(1);
          else expect(countOf(lines, line)).toBeLessThanOrEqual(1);
        }
        // Markers appear only with a conflict, and nothing else is invented.
        const known = new Set([
          ...base,
          ...theirs.written,
          ...mine.written,
          MARKERS.first,
          MARKERS.second,
          MARKERS.end,
        ]);
        for (const line of lines) expect(known.has(line)).toBe(true);
        if (!result.hasConflict) expect(lines).not.toContain(MARKERS.first);
      }),
      { numRuns: 2_000 },
    );
  });

  it("never conflicts when both only add lines, and keeps each writer's order", () => {
    const inserts = fc
      .array(fc.nat(20), { maxLength: 6 })
      .map((ats) => ats.map((at) => ({ kind: "insert" as const, at })));
    fc.assert(
      fc.property(baseLines, inserts, inserts, (base, theirEdits, myEdits) => {
        const theirs = applyEdits(base, theirEdits, "t");
        const mine = applyEdits(base, myEdits, "m");
        const result = merge(base.join("\n"), theirs.lines.join("\n"), mine.lines.join("\n"));
        expect(result.hasConflict).toBe(false);
        const lines = result.body === "" ? [] : result.body.split("\n");
        expect(lines.filter((line) => !line.startsWith("m"))).toEqual(theirs.lines);
        expect(lines.filter((line) => !line.startsWith("t"))).toEqual(mine.lines);
      }),
      { numRuns: 2_000 },
    );
  });
});
