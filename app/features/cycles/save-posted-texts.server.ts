import { conflictMarkers } from "~/features/cycles/conflict-markers";
import { readSaveBase } from "~/features/cycles/read-save-base.server";
import { isOwnCycleTextKey, MAX_TEXT_LENGTH } from "~/features/cycles/text-keys";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { Executor } from "~/platform/db/database.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { findCycleTexts, saveCycleText, saveCycleTextFromBase } from "./cycle-texts.server";

/**
 * The no-JavaScript path of autosave: a page's form posts all its fields as `text:<key>`, each with
 * the version it showed (`base:<key>`, `baseBody:<key>`); the ones this person changed are saved, and
 * one saved meanwhile elsewhere (another tab) is merged, as autosave does. Unknown keys are ignored,
 * and so is a nearest leader's note unless it is `nearestLeaderNoteKey` (issue 15); a text over the
 * limit is not saved and reported.
 */
export async function savePostedTexts(
  db: Executor,
  options: {
    cycle: Pick<Cycle, "id" | "organisation_id">;
    form: FormData;
    locale?: Locale;
    /** The one nearest leader's note this form saves: its page checked he holds that dialogue. */
    nearestLeaderNoteKey?: string;
  },
): Promise<{ isTooLong: boolean; refused: Record<string, string> }> {
  const stored = await findCycleTexts(db, options.cycle.id);
  const markers = conflictMarkers(serverI18n(options.locale ?? "da").t);
  let isTooLong = false;
  // What was refused goes back to the page that posted it, into its field: nothing typed is lost.
  const refused: Record<string, string> = {};
  for (const [name, value] of options.form) {
    if (!name.startsWith("text:") || typeof value !== "string") continue;
    const key = name.slice("text:".length);
    if (!isOwnCycleTextKey(key) && key !== options.nearestLeaderNoteKey) continue;
    // A text over the limit is refused on its own; every other field of the form is still saved.
    if (value.length > MAX_TEXT_LENGTH) {
      isTooLong = true;
      refused[key] = normalise(value);
      continue;
    }
    const base = readSaveBase(options.form, MAX_TEXT_LENGTH, {
      revision: `base:${key}`,
      body: `baseBody:${key}`,
    });
    if (base === undefined || base === "invalid") {
      // A form from before fields named their base: what changed is written as before.
      if ((stored[key]?.body ?? "") !== value)
        await saveCycleText(db, { cycle: options.cycle, key, body: value });
      continue;
    }
    // Unchanged here: nothing to save (and a stale page must not undo another tab's text).
    if (normalise(value) === base.base.body) continue;
    const saved = await saveCycleTextFromBase(db, {
      cycle: options.cycle,
      key,
      body: normalise(value),
      ...base,
      markers,
      maxLength: MAX_TEXT_LENGTH,
    });
    if (saved.status === "tooLong") {
      isTooLong = true;
      refused[key] = normalise(value);
    }
  }
  return { isTooLong, refused };
}

/** A browser's form post ends lines with CR LF. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
