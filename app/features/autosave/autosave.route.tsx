import { data } from "react-router";
import { THEME_IDS } from "~/content/tool-types";
import { conflictMarkers } from "~/features/cycles/conflict-markers";
import { saveCycleText, saveCycleTextFromBase } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle, findOwnCycle } from "~/features/cycles/cycles.server";
import { addPreparationTime } from "~/features/cycles/preparation-time.server";
import { readSaveBase } from "~/features/cycles/read-save-base.server";
import { isTextKey, MAX_TEXT_LENGTH, nearestLeaderNoteDialogueId } from "~/features/cycles/text-keys";
import { saveDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { NOTES_MAX_LENGTH } from "~/features/dialogue/meeting.schema";
import { findOwnDialogue } from "~/features/dialogue/require-dialogue.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { getOptionalUser } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import type { Route } from "./+types/autosave.route";

/**
 * The autosave endpoint (POST only): one text at a time (a cycle text by key, or a dialogue's shared
 * notes by `dialogueId`), or time spent on a step-1 theme. A text names the version it was based on;
 * the answer is the text as saved now, merged with a save made elsewhere (`status`, `body`,
 * `version`). It answers JSON, and 401 rather than a redirect when the session has ended, so the page
 * can keep the draft.
 *
 * Who writes what is checked here for every key (issue 15): a cycle's texts only by its owner, into
 * her current cycle; a nearest leader's note only by the accepted nearest leader of the dialogue it
 * names (into his own cycle); the shared notes only by the dialogue's two people. Anything else is
 * the same 404 whether or not it exists, and nothing is saved.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const user = getOptionalUser(context);
  if (!user) return data({ error: "autosave.signedOut" }, { status: 401 });
  const { db } = context.get(servicesContext);
  const form = await readFormData(request);
  const markers = conflictMarkers(serverI18n(context.get(localeContext)).t);

  const dialogueId = form.get("dialogueId");
  if (dialogueId !== null) {
    // The shared notes: only the dialogue's two people (anyone else a 404, as on its page).
    if (typeof dialogueId !== "string") return data({ error: "validation.formInvalid" }, { status: 400 });
    const found = await findOwnDialogue(db, { user, dialogueId });
    if (!found) return NOT_YOURS();
    const { dialogue } = found;
    const body = form.get("body");
    const base = readSaveBase(form, NOTES_MAX_LENGTH);
    if (typeof body !== "string" || base === undefined || base === "invalid")
      return data({ error: "validation.formInvalid" }, { status: 400 });
    if (body.length > NOTES_MAX_LENGTH) return data({ error: "validation.notesTooLong" }, { status: 413 });
    const saved = await saveDialogueNotes(db, { dialogue, userId: user.id, body, ...base, markers });
    return answerSave(saved, "validation.notesTooLong");
  }

  const cycle = await ensureActiveCycle(db, user);
  const cycleId = form.get("cycleId");
  if (typeof cycleId === "string" && cycleId !== cycle.id) {
    // Someone else's cycle: the same answer as one that does not exist.
    if (!isUuid(cycleId) || !(await findOwnCycle(db, { cycleId, userId: user.id }))) return NOT_YOURS();
    // A page from an earlier cycle: its text stays in that browser's drafts, not in the new cycle.
    return data({ error: "autosave.staleCycle" }, { status: 409 });
  }

  const themeId = form.get("themeId");
  if (typeof themeId === "string") {
    const seconds = Number(form.get("seconds"));
    if (!(THEME_IDS as readonly string[]).includes(themeId) || !Number.isFinite(seconds)) {
      return data({ error: "validation.formInvalid" }, { status: 400 });
    }
    await addPreparationTime(db, { cycleId: cycle.id, themeId, seconds });
    return { ok: true };
  }

  const key = form.get("key");
  const body = form.get("body");
  if (!isTextKey(key) || typeof body !== "string")
    return data({ error: "validation.formInvalid" }, { status: 400 });
  const notesOf = nearestLeaderNoteDialogueId(key);
  // His own notes for her dialogue: only while he is its accepted nearest leader (they live in his
  // cycle, so the leader, and anyone else, would only be writing a key that is not theirs).
  if (
    notesOf !== undefined &&
    !(await findOwnDialogue(db, { user, dialogueId: notesOf, role: "nearestLeader" }))
  )
    return NOT_YOURS();
  if (body.length > MAX_TEXT_LENGTH) return data({ error: "validation.textTooLong" }, { status: 413 });
  const base = readSaveBase(form, MAX_TEXT_LENGTH);
  if (base === "invalid") return data({ error: "validation.formInvalid" }, { status: 400 });
  if (base === undefined) {
    // A page from before saves named their base: its text is written as before.
    const saved = await saveCycleText(db, { cycle, key, body });
    return { ok: true, status: "saved", body, version: saved.revision };
  }
  const saved = await saveCycleTextFromBase(db, {
    cycle,
    key,
    body,
    ...base,
    markers,
    maxLength: MAX_TEXT_LENGTH,
  });
  return answerSave(saved, "validation.textTooLong");
}

/** A text this person may not write, or that does not exist: one answer for both. */
const NOT_YOURS = () => data({ error: "autosave.notYours" }, { status: 404 });

function answerSave(
  saved: Awaited<ReturnType<typeof saveCycleTextFromBase>>,
  tooLongError: "validation.textTooLong" | "validation.notesTooLong",
) {
  // Merged with what was saved elsewhere it would be too long: nothing saved, the page keeps the text.
  if (saved.status === "tooLong") return data({ error: tooLongError }, { status: 413 });
  // Saves kept arriving in between: the page keeps its text and tries again shortly.
  if (saved.status === "busy") return data({ error: "autosave.offline" }, { status: 503 });
  return { ok: true, status: saved.status, body: saved.body, version: saved.version };
}

export async function loader({ context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    throw data(null, { status: 405 });
  });
}
