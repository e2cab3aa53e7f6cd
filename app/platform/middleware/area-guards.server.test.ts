import type { RouteConfigEntry } from "@react-router/dev/routes";
import { describe, expect, it } from "vitest";
import { actionPatternsContext } from "~/platform/context/context.server";
import type { DB } from "~/platform/db/database.server";
import type { Mailer } from "~/platform/mail/mailer.server";
import routes from "~/routes";
import { ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { roleGuard, signedInGuard } from "./area-guards.server";

const mailer: Mailer = { send: async () => {} };
const leader = { id: "u1", organisation_id: "o1", email: "lone@kommune.dk", name: "Lone", locale: null };

/** The guard's answer: "next" when it let the request on, else the status and Location it threw. */
async function guardAnswer(
  guard: typeof signedInGuard,
  options: {
    method?: string;
    path: string;
    pattern: string;
    signedIn?: boolean;
    roles?: ("leader" | "admin")[];
  },
) {
  const { context } = routeCall({
    db: {} as DB,
    mailer,
    ...(options.signedIn ? { user: leader, roles: options.roles ?? ["leader"] } : {}),
  });
  context.set(actionPatternsContext, new Set(["min-lederdialog/kontrakt", "admin"]));
  const request = new Request(`${ROUTE_CALL_URL}${options.path}`, { method: options.method ?? "GET" });
  try {
    await guard(
      { request, context, params: {}, pattern: options.pattern, url: new URL(request.url) },
      async () => Response.json("next"),
    );
    return "next";
  } catch (thrown) {
    if (thrown instanceof Response) return `${thrown.status} ${thrown.headers.get("Location") ?? ""}`.trim();
    return `${(thrown as { init?: { status?: number } }).init?.status}`;
  }
}

describe("the areas' guards", () => {
  it("send a signed-out visitor to sign in with the way back, for a page and for a form post", async () => {
    const back = "302 /log-ind?redirectTo=%2Fmin-lederdialog%2Fkontrakt%3Ftrin%3D2";
    const page = { path: "/min-lederdialog/kontrakt?trin=2", pattern: "/min-lederdialog/kontrakt" };
    expect(await guardAnswer(signedInGuard, page)).toBe(back);
    expect(await guardAnswer(signedInGuard, { ...page, method: "POST" })).toBe(back);
    expect(await guardAnswer(signedInGuard, { ...page, signedIn: true })).toBe("next");
  });

  it("let a post to a route without an action on to React Router's 405, as before the guard", async () => {
    const pdf = {
      method: "POST",
      path: "/min-lederdialog/kontrakt.pdf",
      pattern: "/min-lederdialog/kontrakt.pdf",
    };
    expect(await guardAnswer(signedInGuard, pdf)).toBe("next");
    expect(await guardAnswer(signedInGuard, { ...pdf, method: "GET" })).toBe(
      "302 /log-ind?redirectTo=%2Fmin-lederdialog%2Fkontrakt.pdf",
    );
  });

  it("give a signed-in person without the area's role a 404, and let an administrator in", async () => {
    const admin = roleGuard("admin");
    const people = { path: "/admin", pattern: "/admin" };
    expect(await guardAnswer(admin, people)).toBe("302 /log-ind?redirectTo=%2Fadmin");
    expect(await guardAnswer(admin, { ...people, signedIn: true })).toBe("404");
    expect(await guardAnswer(admin, { ...people, method: "POST", signedIn: true })).toBe("404");
    expect(await guardAnswer(admin, { ...people, signedIn: true, roles: ["leader", "admin"] })).toBe("next");
  });
});

/** Each route of app/routes.ts with its URL pattern and the area layouts it lies in. */
function placed(entries: RouteConfigEntry[], parentPath = "", areas: string[] = []) {
  return entries.flatMap((entry): { pattern: string; areas: string[] }[] => {
    const pattern = entry.path ? `${parentPath}/${entry.path}`.replace(/\/+/g, "/") : parentPath;
    if (entry.path === undefined && !entry.index && entry.children) {
      return placed(entry.children, pattern, [...areas, entry.file]);
    }
    return [{ pattern: pattern || "/", areas }, ...placed(entry.children ?? [], pattern, areas)];
  });
}

describe("app/routes.ts", () => {
  const SIGNED_IN = "platform/middleware/signed-in-area.route.ts";
  const ADMIN = "platform/middleware/admin-area.route.ts";
  // They answer 401 in JSON when the session has ended, so the page keeps its draft.
  const FETCH_ENDPOINTS = ["/min-lederdialog/gem", "/min-lederdialog/dialog/deling"];

  it("puts every page under /admin in the administrators' area", async () => {
    const admin = placed(await routes).filter(({ pattern }) => /^\/admin(\/|$)/.test(pattern));
    expect(admin.length).toBeGreaterThan(0);
    expect(admin.filter(({ areas }) => !areas.includes(ADMIN))).toEqual([]);
  });

  it("puts every page under /min-lederdialog but the fetch endpoints in the signed-in area", async () => {
    const own = placed(await routes).filter(
      ({ pattern }) => /^\/min-lederdialog(\/|$)/.test(pattern) && !FETCH_ENDPOINTS.includes(pattern),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter(({ areas }) => !areas.includes(SIGNED_IN))).toEqual([]);
  });
});
