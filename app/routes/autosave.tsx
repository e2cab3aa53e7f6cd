import { data } from "react-router";
import { getOptionalUser } from "~/.server/auth/require-user";
import { servicesContext } from "~/.server/context";
import { saveCycleText } from "~/.server/cycles/cycle-texts";
import { ensureActiveCycle } from "~/.server/cycles/cycles";
import { addPreparationTime } from "~/.server/cycles/preparation-time";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { readFormData } from "~/.server/http/read-form-data";
import { THEME_IDS } from "~/content/tool-types";
import { isTextKey, MAX_TEXT_LENGTH } from "~/kontrakt/text-keys";
import type { Route } from "./+types/autosave";

/**
 * The autosave endpoint (POST only): one text at a time, or time spent on a step-1 theme. It answers
 * JSON, and 401 rather than a redirect when the session has ended, so the page can keep the draft.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const user = getOptionalUser(context);
  if (!user) return data({ error: "autosave.signedOut" }, { status: 401 });
  const { db } = context.get(servicesContext);
  const form = await readFormData(request);
  const cycle = await ensureActiveCycle(db, user);
  const cycleId = form.get("cycleId");
  if (typeof cycleId === "string" && cycleId !== cycle.id) {
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
  if (body.length > MAX_TEXT_LENGTH) return data({ error: "validation.textTooLong" }, { status: 413 });
  const saved = await saveCycleText(db, { cycle, key, body });
  return { ok: true, revision: saved.revision, savedAt: saved.updatedAt };
}

export async function loader({ context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    throw data(null, { status: 405 });
  });
}
