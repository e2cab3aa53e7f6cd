import { data, type RouterContextProvider } from "react-router";
import { requireUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { findOwnAgreement } from "./agreements.server";

/** The signed-in leader's own agreement, or a 404 (never a 403: others must not learn it exists). */
export async function requireOwnAgreement(
  context: Readonly<RouterContextProvider>,
  request: Request,
  agreementId: string,
) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  if (!isUuid(agreementId)) throw data(null, { status: 404 });
  // Agreement pages belong to the current cycle; an archived one is read on the archive page.
  const agreement = await findOwnAgreement(db, { agreementId, userId: user.id, isActiveCycleOnly: true });
  if (!agreement) throw data(null, { status: 404 });
  return { user, agreement, db };
}
