import { data, type RouterContextProvider } from "react-router";
import { requireVerifiedUser } from "~/platform/auth/require-verified-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { type DialogueRole, findDialogueForParticipant, isCancelledDialogueOf } from "./dialogues.server";

/**
 * A dialogue the signed-in user takes part in, or a 404 for anyone else (never a 403: others must
 * not learn it exists). With `role`, only that side of the dialogue may open the page.
 */
export async function requireDialogue(
  context: Readonly<RouterContextProvider>,
  request: Request,
  dialogueId: string,
  role?: DialogueRole,
) {
  // Both sides see what the other wrote: only with a verified address (issue 13, finding 3).
  const user = requireVerifiedUser(context, request);
  const { db } = context.get(servicesContext);
  if (!isUuid(dialogueId)) throw data(null, { status: 404 });
  const found = await findDialogueForParticipant(db, { dialogueId, userId: user.id });
  if (!found && (await isCancelledDialogueOf(db, { dialogueId, userId: user.id }))) {
    throw data({ reason: "dialogueCancelled" }, { status: 410 });
  }
  if (!found || (role && found.role !== role)) throw data(null, { status: 404 });
  return { user, db, ...found };
}
