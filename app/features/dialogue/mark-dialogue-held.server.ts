import type { Executor } from "~/platform/db/database.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { nowDbTime } from "~/platform/db/time.server";
import { localDateInDenmark } from "~/platform/time/local-date";

/**
 * Marking held is for a dialogue that is going on or over: one that was opened, or whose day has
 * come. A dialogue weeks away that nobody opened is not marked (a review saw "Flyt eller aflys"
 * vanish from a meeting a month ahead, with no way back).
 */
export function canMarkHeld(
  dialogue: Pick<Dialogue, "started_at" | "starts_on">,
  now: Date = new Date(),
): boolean {
  return dialogue.started_at !== null || dialogue.starts_on <= localDateInDenmark(now);
}

/** Marks an accepted dialogue held (either participant may); its reminders stop with it. */
export async function markDialogueHeld(db: Executor, dialogueId: string): Promise<void> {
  const now = nowDbTime();
  await db
    .updateTable("dialogues")
    .set({ status: "held", updated_at: now })
    .where("id", "=", dialogueId)
    .where("status", "=", "accepted")
    .execute();
}
