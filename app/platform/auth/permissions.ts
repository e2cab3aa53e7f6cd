import type { Role } from "~/platform/db/column-values/roles";

/**
 * Who may open which work page, by role: the one list the pages' own checks (`requireRole`), the
 * admin area's guard (`platform/middleware/area-guards.server.ts`), the header's links, the home
 * page's panels and the landing after sign-in all read, so none of them offers a page that is a 404.
 * Everything else a signed-in person may see is decided per resource (their own cycle, a dialogue
 * they take part in), not by role.
 */
export const PAGE_ROLES = {
  /** `/tal` and `/tal.csv`: the anonymous figures (decisions 013, 028). */
  figures: ["hr", "top_management", "med"],
  /** `/udrul`: rolling the tool out to a unit's leaders (decision 012). */
  rollout: ["hr", "top_management"],
  /** Everything under `/admin`: people, units, import, single sign-on, retention. */
  admin: ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type WorkPage = keyof typeof PAGE_ROLES;

/** The work pages a person may open, one flag each: what the header and the home page show. */
export type WorkPages = Record<WorkPage, boolean>;

export function mayOpen(roles: readonly Role[], page: WorkPage): boolean {
  const allowed: readonly Role[] = PAGE_ROLES[page];
  return roles.some((role) => allowed.includes(role));
}

export function workPagesFor(roles: readonly Role[]): WorkPages {
  return {
    figures: mayOpen(roles, "figures"),
    rollout: mayOpen(roles, "rollout"),
    admin: mayOpen(roles, "admin"),
  };
}
