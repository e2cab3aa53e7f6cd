import { data, type RouterContextProvider } from "react-router";
import { findAgreementForNearestLeader, findOwnAgreement } from "~/features/agreements/agreements.server";
import { findOwnDialogue } from "~/features/dialogue/require-dialogue.server";
import { requireUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { isUuid } from "~/platform/http/is-uuid.server";

/**
 * An agreement's page: the leader's own (`canEdit`), or one made in a meeting that her nearest
 * leader carries out alone or with her, while he holds that dialogue — his to see and tick off,
 * nothing more (issue 15). Anything else is a 404.
 */
export async function requireAgreementToTick(
  context: Readonly<RouterContextProvider>,
  request: Request,
  agreementId: string,
) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  if (!isUuid(agreementId)) throw data(null, { status: 404 });
  const own = await findOwnAgreement(db, { agreementId, userId: user.id, isActiveCycleOnly: true });
  if (own) return { user, db, agreement: own, canEdit: true, leaderName: null } as const;
  const carried = await findAgreementForNearestLeader(db, agreementId);
  const held = carried
    ? await findOwnDialogue(db, { user, dialogueId: carried.dialogueId, role: "nearestLeader" })
    : undefined;
  if (!carried || !held) throw data(null, { status: 404 });
  return { user, db, agreement: carried, canEdit: false, leaderName: held.leaderName } as const;
}
