import { findActiveCycle } from "~/features/cycles/cycles.server";
import { findUserRoles } from "~/platform/auth/users.server";
import type { Executor } from "~/platform/db/database.server";
import { landingPathFor } from "./work-pages.server";

/**
 * Where a sign-in without a requested page leads this person (issue 15, item 6): their work page
 * (administration, figures, roll-out) unless they have begun their own leader dialogue, or are the
 * nearest leader in someone's, where "Min lederdialog" shows them what is next.
 */
export async function findLandingPath(db: Executor, userId: string): Promise<string> {
  const [roles, cycle, heldDialogue] = await Promise.all([
    findUserRoles(db, userId),
    findActiveCycle(db, userId),
    db
      .selectFrom("dialogues")
      .select("id")
      .where("nearest_leader_id", "=", userId)
      .where("status", "!=", "cancelled")
      .executeTakeFirst(),
  ]);
  return landingPathFor(roles, { hasOwnWork: cycle !== undefined || heldDialogue !== undefined });
}

/** The page a sign-in asked for (already made safe, "" for none), or this person's landing page. */
export async function pathAfterSignIn(db: Executor, options: { userId: string; safeRequested: string }) {
  return options.safeRequested || findLandingPath(db, options.userId);
}
