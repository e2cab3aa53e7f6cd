import type { ServerBuild } from "react-router";

/** A route pattern as React Router hands it to middleware (`pattern`), without the leading slash. */
export const normalizePattern = (pattern: string) => pattern.replace(/\/\/+/g, "/").replace(/^\//, "");

const found = new WeakMap<ServerBuild, ReadonlySet<string>>();

/**
 * The URL patterns of the routes that have an action ("min-lederdialog/kontrakt"), read from the
 * server build once: an area's guard lets a post to any other route through to React Router's own
 * 405, so guarding an area changes no answer (platform/middleware/area-guards.server.ts).
 */
export function actionPatternsOf(build: ServerBuild): ReadonlySet<string> {
  const known = found.get(build);
  if (known) return known;
  const { routes } = build;
  const pathsOf = (id: string | undefined): string[] => {
    const route = id === undefined ? undefined : routes[id];
    if (!route) return [];
    return [...pathsOf(route.parentId), ...(route.path ? [route.path] : [])];
  };
  const patterns = new Set(
    Object.values(routes)
      .filter((route) => route?.module.action !== undefined)
      .map((route) => normalizePattern(pathsOf(route?.id).join("/"))),
  );
  found.set(build, patterns);
  return patterns;
}
