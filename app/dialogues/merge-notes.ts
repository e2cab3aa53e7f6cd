import { diff3Merge } from "node-diff3";

export type NotesMerge = { ok: true; body: string } | { ok: false };

/**
 * Three-way merge of the meeting notes, line by line: `base` is the text both started from, `theirs`
 * what is saved now, `mine` what arrives. Changes to different lines merge. Lines both added at the
 * same place are both kept (theirs first): two people appending notes is the common case and must
 * never lose either. Only when both changed the same existing lines differently is it a conflict,
 * which the caller shows instead of choosing.
 */
export function mergeNotes(base: string, theirs: string, mine: string): NotesMerge {
  const regions = diff3Merge(toLines(mine), toLines(base), toLines(theirs), { excludeFalseConflicts: true });
  const merged: string[] = [];
  for (const region of regions) {
    if (region.ok) {
      merged.push(...region.ok);
    } else if (region.conflict) {
      const { a: mineLines, b: theirLines, o: baseLines } = region.conflict;
      // Blank lines are where people write next; filling the same one is adding, not changing.
      if (baseLines.some((line) => line.trim() !== "")) return { ok: false };
      // One side already holds the other's addition (a save repeated, or answered late): once.
      if (startsWith(mineLines, theirLines)) merged.push(...mineLines);
      else if (startsWith(theirLines, mineLines)) merged.push(...theirLines);
      else merged.push(...theirLines, ...mineLines);
    }
  }
  return { ok: true, body: merged.join("\n") };
}

function startsWith(lines: string[], prefix: string[]): boolean {
  return prefix.every((line, index) => lines[index] === line);
}

/** Empty notes have no lines at all, so that a first line is an insertion, not a change. */
function toLines(text: string): string[] {
  return text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n");
}
