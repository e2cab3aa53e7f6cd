import { data, type RouterContextProvider } from "react-router";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { requireVerifiedUser } from "~/platform/auth/require-verified-user.server";
import { servicesContext } from "~/platform/context/context.server";
import type { Executor } from "~/platform/db/database.server";
import type { User } from "~/platform/db/tables/users.table";
import { isUuid } from "~/platform/http/is-uuid.server";
import {
  type DialogueForParticipant,
  type DialogueRole,
  findDialogueForParticipant,
  isCancelledDialogueOf,
} from "./dialogues.server";

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
  const found = await findOwnDialogue(db, { user, dialogueId, role });
  // A cancelled one of theirs says so to its two people (review of issue 15); anyone else a 404.
  if (!found && isUuid(dialogueId) && (await isCancelledDialogueOf(db, { dialogueId, userId: user.id }))) {
    throw data({ reason: "dialogueCancelled" }, { status: 410 });
  }
  if (!found) throw data(null, { status: 404 });
  return { user, db, ...found };
}

/**
 * The same check as `requireDialogue`, answering undefined instead of throwing: for the autosave,
 * which answers JSON. A person whose address is not verified takes part in no dialogue.
 */
export async function findOwnDialogue(
  db: Executor,
  options: { user: Pick<User, "id" | "email_verified_at">; dialogueId: string; role?: DialogueRole },
): Promise<DialogueForParticipant | undefined> {
  if (!isEmailVerified(options.user) || !isUuid(options.dialogueId)) return undefined;
  const found = await findDialogueForParticipant(db, {
    dialogueId: options.dialogueId,
    userId: options.user.id,
  });
  return found && (!options.role || found.role === options.role) ? found : undefined;
}
