import type { Executor } from "../db/database";
import { nowDbTime } from "../db/time";

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
