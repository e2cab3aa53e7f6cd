import { data, type RouterContextProvider } from "react-router";
import { servicesContext } from "../context";
import type { Role } from "../db/tables/user-roles.table";
import { findUserRoles } from "../users/users";
import { requireUser } from "./require-user";

/** The signed-in user, only if they have the role; anyone else gets 404 (the page is not theirs). */
export async function requireRole(context: Readonly<RouterContextProvider>, request: Request, role: Role) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  const roles = await findUserRoles(db, user.id);
  if (!roles.includes(role)) throw data(null, { status: 404 });
  return { user, db, roles };
}
