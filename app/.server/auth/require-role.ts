import { data, type RouterContextProvider } from "react-router";
import { servicesContext } from "../context";
import type { Role } from "../db/tables/user-roles.table";
import { findUserRoles } from "../users/users";
import { requireUser } from "./require-user";

/** The signed-in user, only if they have the role (or one of them); anyone else gets 404. */
export async function requireRole(
  context: Readonly<RouterContextProvider>,
  request: Request,
  role: Role | readonly Role[],
) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  const roles = await findUserRoles(db, user.id);
  const allowed: readonly Role[] = typeof role === "string" ? [role] : role;
  if (!roles.some((own) => allowed.includes(own))) throw data(null, { status: 404 });
  return { user, db, roles };
}
