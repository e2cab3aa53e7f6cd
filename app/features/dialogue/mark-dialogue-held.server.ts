import type { Executor } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";

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
