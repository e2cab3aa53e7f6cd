import { FIGURE_ROLES } from "~/features/figures/figures-for-request.server";
import { ROLLOUT_ROLES } from "~/features/rollout/rollout-roles.server";
import type { Role } from "~/platform/db/tables/user-roles.table";

/** The pages of a person's work beside their own leader dialogue, as the pages' own role checks allow. */
export interface WorkPages {
  figures: boolean;
  rollout: boolean;
  admin: boolean;
}

const hasAny = (roles: readonly Role[], allowed: readonly Role[]) =>
  roles.some((role) => allowed.includes(role));

/**
 * Which work pages a person may open: the same role lists that `/tal`, `/udrul` and `/admin` give
 * `requireRole`, so the header, the home page and the landing after sign-in never offer a page that
 * would answer 404.
 */
export function workPagesFor(roles: readonly Role[]): WorkPages {
  return {
    figures: hasAny(roles, FIGURE_ROLES),
    rollout: hasAny(roles, ROLLOUT_ROLES),
    admin: roles.includes("admin"),
  };
}

/**
 * Where a person lands after signing in when no page asked for them: an administrator on `/admin`,
 * HR, top management and MED/AMO on the figures, everyone else on their own "Min lederdialog".
 * A leader who also has such a role and has begun their own cycle lands on it (`hasOwnWork`).
 */
export function landingPathFor(roles: readonly Role[], options: { hasOwnWork: boolean }): string {
  if (options.hasOwnWork) return "/min-lederdialog";
  const work = workPagesFor(roles);
  if (work.admin) return "/admin";
  if (work.figures) return "/tal";
  if (work.rollout) return "/udrul";
  return "/min-lederdialog";
}
