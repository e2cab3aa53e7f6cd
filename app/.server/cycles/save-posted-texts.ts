import { isTextKey, MAX_TEXT_LENGTH } from "~/kontrakt/text-keys";
import type { Executor } from "../db/database";
import type { Cycle } from "../db/tables/cycles.table";
import { findCycleTexts, saveCycleText } from "./cycle-texts";

/**
 * The no-JavaScript path of autosave: a page's form posts all its fields as `text:<key>`; the ones
 * that changed are saved. Unknown keys are ignored; a text over the limit is not saved and reported.
 */
export async function savePostedTexts(
  db: Executor,
  options: { cycle: Pick<Cycle, "id" | "organisation_id">; form: FormData },
): Promise<{ isTooLong: boolean }> {
  const stored = await findCycleTexts(db, options.cycle.id);
  let isTooLong = false;
  for (const [name, value] of options.form) {
    if (!name.startsWith("text:") || typeof value !== "string") continue;
    const key = name.slice("text:".length);
    if (!isTextKey(key)) continue;
    // A text over the limit is refused on its own; every other field of the form is still saved.
    if (value.length > MAX_TEXT_LENGTH) {
      isTooLong = true;
      continue;
    }
    if ((stored[key]?.body ?? "") !== value)
      await saveCycleText(db, { cycle: options.cycle, key, body: value });
  }
  return { isTooLong };
}
