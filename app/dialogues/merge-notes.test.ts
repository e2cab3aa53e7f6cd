import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeNotes } from "./merge-notes";

describe("mergeNotes", () => {
  it("takes mine when nobody else changed anything", () => {
    expect(mergeNotes("a\nb", "a\nb", "a\nb\nc")).toEqual({ ok: true, body: "a\nb\nc" });
  });

  it("merges changes to different lines", () => {
    const base = "Mål\nRum\nTrivsel";
    expect(mergeNotes(base, "Mål: klare\nRum\nTrivsel", "Mål\nRum\nTrivsel: pauser")).toEqual({
      ok: true,
      body: "Mål: klare\nRum\nTrivsel: pauser",
    });
  });

  it("keeps both when both append at the end", () => {
    expect(mergeNotes("Noter:", "Noter:\nHans linje", "Noter:\nMin linje")).toEqual({
      ok: true,
      body: "Noter:\nHans linje\nMin linje",
    });
  });

  it("keeps both when both start from empty notes", () => {
    expect(mergeNotes("", "Hans", "Min")).toEqual({ ok: true, body: "Hans\nMin" });
  });

  it("is a conflict when both change the same line differently", () => {
    expect(mergeNotes("Aftale: ugentligt", "Aftale: hver 14. dag", "Aftale: hver måned")).toEqual({
      ok: false,
    });
  });

  it("is no conflict when both make the same change", () => {
    expect(mergeNotes("a", "b", "b")).toEqual({ ok: true, body: "b" });
  });

  it("does not repeat lines when my text already contains what was saved since (a save answered late)", () => {
    expect(mergeNotes("a\nb", "a\nb\nc", "a\nb\nc\nd")).toEqual({ ok: true, body: "a\nb\nc\nd" });
  });

  it("never loses a line that either side added to the base (property)", () => {
    const line = fc.stringMatching(/^[a-zæøå ]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 5 }),
        fc.array(line, { maxLength: 3 }),
        fc.array(line, { maxLength: 3 }),
        (base, theirsAdded, mineAdded) => {
          const result = mergeNotes(
            base.join("\n"),
            [...base, ...theirsAdded].join("\n"),
            [...base, ...mineAdded].join("\n"),
          );
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const lines = result.body.split("\n");
          for (const added of [...theirsAdded, ...mineAdded]) expect(lines).toContain(added);
        },
      ),
    );
  });
});
