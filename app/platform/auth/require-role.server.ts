import { data, type RouterContextProvider } from "react-router";
import { servicesContext } from "~/platform/context/context.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import { getSessionRoles, requireUser } from "./require-user.server";

/** The signed-in user, only if they have the role (or one of them); anyone else gets 404. */
export async function requireRole(
  context: Readonly<RouterContextProvider>,
  request: Request,
  role: Role | readonly Role[],
) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  // Read with the session at the start of this request (findSessionUser), not queried again.
  const roles = getSessionRoles(context);
  const allowed: readonly Role[] = typeof role === "string" ? [role] : role;
  if (!roles.some((own) => allowed.includes(own))) throw data(null, { status: 404 });
  return { user, db, roles };
}
