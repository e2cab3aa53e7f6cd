import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "~/routes";

const appDirectory = path.resolve(import.meta.dirname, "../../app");

export interface AppRoute {
  /** React Router's id for it: the module path without extension, e.g. "features/dialogue/meeting.route". */
  id: string;
  /** The URL pattern, e.g. "/dialog/:dialogueId" ("/" for the index route). */
  pattern: string;
  /** The names of its dynamic segments, in order. */
  params: string[];
  hasLoader: boolean;
  hasAction: boolean;
  /** A page (a default export that renders) rather than a resource route (.ics, .pdf, .json …). */
  isPage: boolean;
}

function flatten(entries: RouteConfigEntry[], parentPath = ""): { file: string; pattern: string }[] {
  return entries.flatMap((entry) => {
    const own = entry.path ? `${parentPath}/${entry.path}`.replace(/\/+/g, "/") : parentPath;
    const children = flatten(entry.children ?? [], own);
    // A layout route (no path, not an index: an area's guard) is no address of its own.
    if (entry.path === undefined && !entry.index && entry.children) return children;
    return [{ file: entry.file, pattern: own === "" ? "/" : own }, ...children];
  });
}

/**
 * Every route of the app, read from app/routes.ts and the route modules themselves: the tests built
 * on this list cover a new route as soon as it is added there.
 */
export async function listAppRoutes(): Promise<AppRoute[]> {
  const entries = flatten(await routes);
  return Promise.all(
    entries.map(async ({ file, pattern }) => {
      const module: Record<string, unknown> = await import(/* @vite-ignore */ path.join(appDirectory, file));
      return {
        id: file.replace(/\.[jt]sx?$/, ""),
        pattern,
        params: [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1] as string),
        hasLoader: typeof module.loader === "function",
        hasAction: typeof module.action === "function",
        isPage: typeof module.default === "function",
      };
    }),
  );
}

/** The pattern with its dynamic segments filled in ("*" becomes a path that matches nothing else). */
export function fillPattern(route: AppRoute, params: Record<string, string>): string {
  return route.pattern
    .replace(/:(\w+)/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`${route.id}: no value for the parameter :${name}`);
      return encodeURIComponent(value);
    })
    .replace(/\*$/, "findes-ikke-ruten");
}
