import type { RouterContextProvider } from "react-router";
import { requireUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { ensureActiveCycle } from "./cycles.server";

/** The signed-in leader and their current cycle (started on first use): the start of every step page. */
export async function requireActiveCycle(context: Readonly<RouterContextProvider>, request: Request) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  const cycle: Cycle = await ensureActiveCycle(db, user);
  return { user, cycle, db };
}
