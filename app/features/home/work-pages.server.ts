import { href } from "react-router";
import { workPagesFor } from "~/platform/auth/permissions";
import type { Role } from "~/platform/db/tables/user-roles.table";

/**
 * Where a person lands after signing in when no page asked for them: an administrator on `/admin`,
 * HR, top management and MED/AMO on the figures, everyone else on their own "Min lederdialog".
 * A leader who also has such a role and has begun their own cycle lands on it (`hasOwnWork`).
 * The roles are the pages' own (`platform/auth/permissions.ts`), so the landing is never a 404.
 */
export function landingPathFor(roles: readonly Role[], options: { hasOwnWork: boolean }): string {
  if (options.hasOwnWork) return href("/min-lederdialog");
  const work = workPagesFor(roles);
  if (work.admin) return href("/admin");
  if (work.figures) return href("/tal");
  if (work.rollout) return href("/udrul");
  return href("/min-lederdialog");
}
