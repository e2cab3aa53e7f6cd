import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { isStepOneKey, isTextKey } from "~/features/cycles/text-keys";
import { appendNote, isNoteIn } from "~/features/kontrakt/carry-note";
import type { Executor } from "~/platform/db/database.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";

/**
 * The server side of the one-click carry-over (for browsers without JavaScript): appends a step-1
 * note to a kontrakt field. The value is "<noteKey>><fieldKey>", straight from a button.
 */
export async function carryNoteIntoField(
  db: Executor,
  options: { cycle: Pick<Cycle, "id" | "organisation_id">; value: string },
): Promise<boolean> {
  const [noteKey, fieldKey] = options.value.split(">");
  if (
    !isTextKey(noteKey) ||
    !isStepOneKey(noteKey) ||
    !isTextKey(fieldKey) ||
    !fieldKey.startsWith("kontrakt:")
  ) {
    return false;
  }
  const texts = await findCycleTexts(db, options.cycle.id);
  const note = texts[noteKey]?.body ?? "";
  if (note.trim() === "") return false;
  const current = texts[fieldKey]?.body ?? "";
  // Carried once is enough: a second press (a reload, a double click) adds nothing.
  if (isNoteIn(current, note)) return false;
  await saveCycleText(db, { cycle: options.cycle, key: fieldKey, body: appendNote(current, note) });
  return true;
}
