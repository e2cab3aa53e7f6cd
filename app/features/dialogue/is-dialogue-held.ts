import { isWallTimeReached } from "~/platform/time/local-date";

/**
 * A dialogue counts as held once its time has come, or when one of them marked it held (issue 15).
 * Opening it (its agenda) is preparation, not holding it: a follow-up opened days ahead is not held.
 */
export function isDialogueHeld(
  dialogue: { status: string; starts_on: string; starts_at: string },
  now: Date = new Date(),
): boolean {
  return dialogue.status === "held" || isWallTimeReached(dialogue.starts_on, dialogue.starts_at, now);
}
