import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TEXT_AREAS } from "./text-areas";

// Each page loads only the catalog areas its route names (docs/decisions/045). This reads every page
// route and the modules it imports for the browser (not ~/.server), finds the namespaces of the keys
// they name ("kontrakt.title", `steps.${id}`), and checks the route's handle lists each one's area.
// A forgotten area would show a key instead of a text (and fails the e2e tests as a console error).

const APP = fileURLToPath(new URL("../", import.meta.url));

type Area = { texts: Record<string, unknown> };
const areaOf = new Map<string, string>();
for (const [file, module] of Object.entries(import.meta.glob<Area>("./catalogs/da/*.ts", { eager: true }))) {
  const area = file
    .replace(/^.*\/([\w-]+)\.ts$/, "$1")
    .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  for (const namespace of Object.keys(module.texts)) areaOf.set(namespace, area);
}
// A flash notice's key (`{ key: "auth.signIn.signedOut" }`) is translated by the root loader on the
// server, so it needs no area in the browser.
const KEY = new RegExp(`(?<!key:\\s*)["'\`](${[...areaOf.keys()].join("|")})\\.[\\w$]`, "g");

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("~/")
    ? path.join(APP, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The module and what it imports for the browser, not types, the server's modules or the catalogs. */
function browserModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, "utf8").matchAll(
    /^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms,
  )) {
    const specifier = match[2] ?? "";
    if (match[1] || specifier.includes(".server") || specifier.includes("/i18n/catalogs/")) continue;
    const imported = resolve(file, specifier);
    if (imported) browserModules(imported, seen);
  }
  return seen;
}

/** The areas a route's handle names (`export const handle: TextsHandle = { texts: [...] }`). */
function handleAreas(source: string): string[] {
  const listed = /export const handle\b[^=]*=\s*\{\s*texts:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? "";
  return [...listed.matchAll(/"(\w+)"/g)].map((match) => match[1] ?? "");
}

const pageRoutes = [
  ...readFileSync(path.join(APP, "routes.ts"), "utf8").matchAll(/"(features\/[^"]+\.route\.tsx)"/g),
]
  .map((match) => match[1] ?? "")
  .filter((route) => /export default function/.test(readFileSync(path.join(APP, route), "utf8")));

describe("each page route's handle", () => {
  it("is read for every page", () => {
    expect(pageRoutes.length).toBeGreaterThan(30);
    expect(
      handleAreas(readFileSync(path.join(APP, "features/kontrakt/kontrakt.route.tsx"), "utf8")),
    ).toContain("agreements");
  });

  for (const route of pageRoutes) {
    it(`names every area ${route} shows, and only areas a browser may load`, () => {
      const used = new Set<string>();
      for (const file of browserModules(path.join(APP, route))) {
        for (const match of readFileSync(file, "utf8").matchAll(KEY))
          used.add(areaOf.get(match[1] ?? "") ?? "");
      }
      // "server" keys in a route module are its loader's or action's (mails, files), on the server.
      used.delete("server");
      const named = handleAreas(readFileSync(path.join(APP, route), "utf8"));
      expect(named.filter((area) => !(TEXT_AREAS as readonly string[]).includes(area))).toEqual([]);
      const missing = [...used].filter((area) => area !== "core" && !named.includes(area));
      expect(missing, `areas ${route} uses but its handle does not name`).toEqual([]);
    });
  }
});

describe("the server's area", () => {
  it("is named by no component the browser loads", () => {
    const components = new Set<string>();
    for (const route of pageRoutes) {
      for (const file of browserModules(path.join(APP, route)))
        if (!file.includes("/routes/")) components.add(file);
    }
    const serverKeys = [...components].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(KEY)]
        .filter((match) => areaOf.get(match[1] ?? "") === "server")
        .map((match) => `${path.relative(APP, file)}: ${match[0]}`),
    );
    expect(serverKeys).toEqual([]);
  });
});
