import { questionNoteKey } from "~/features/cycles/text-keys";

/**
 * Theme 2's last support question in step 1 asks "Hvilke to til tre pointer vil du drøfte med din
 * nærmeste leder?": the leader's note to it is offered as the dialogue's points in step 3 (issue 15).
 */
export const POINTS_NOTE_KEY = questionNoteKey("wellbeing", 4);

/** The note as at most three points: a line each, and any further lines kept with the third. */
export function pointsFromNote(note: string): string[] {
  const lines = note
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, "").trim())
    .filter((line) => line !== "");
  if (lines.length <= 3) return lines;
  return [lines[0] ?? "", lines[1] ?? "", lines.slice(2).join("\n")];
}

/** Whether the points already hold the note's points (then it is not offered again). */
export function isPointsNoteUsed(note: string, pointBodies: Record<string, string>): boolean {
  const points = Object.values(pointBodies).join("\n");
  return pointsFromNote(note).every((point) => points.includes(point));
}
