import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { POINTS_NOTE_KEY, pointsFromNote } from "~/features/kontrakt/points-note";
import { DIALOGUE_POINT_NUMBERS, dialoguePointKey } from "~/platform/db/column-values/sharing";
import type { DB } from "~/platform/db/database.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";

/**
 * Step 3's offer: the points written in step 1's note become the dialogue's points, every point
 * field at once (one transaction, so a half-copied list is never saved). False when the note holds
 * no points, and then nothing is written.
 */
export async function copyPointsNoteToDialoguePoints(
  db: DB,
  cycle: Pick<Cycle, "id" | "organisation_id">,
): Promise<boolean> {
  const note = (await findCycleTexts(db, cycle.id))[POINTS_NOTE_KEY]?.body ?? "";
  const points = pointsFromNote(note);
  if (points.length === 0) return false;
  await db.transaction().execute(async (tx) => {
    for (const number of DIALOGUE_POINT_NUMBERS) {
      await saveCycleText(tx, { cycle, key: dialoguePointKey(number), body: points[number - 1] ?? "" });
    }
  });
  return true;
}
