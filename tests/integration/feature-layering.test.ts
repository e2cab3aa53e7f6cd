import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { homeGraph, importCycles, isBelowUi, isFeature } from "../../scripts/import-graph.mjs";

// The layering of the feature slices (docs/decisions/047-feature-slices.md), read from the imports
// themselves: a feature may use the platform, the shared components, the texts and another
// feature's server functions, schemas and components, but never another feature's route modules
// or tests; the platform, app/ui and app/i18n never reach up into a feature; nothing in app/ loads
// the seeding tools (decision 042). A test file may import what it tests, wherever that lives. And
// no module of app/ takes part in an import cycle, inside a folder or across folders; below app/ui
// not even the folders form a cycle, and neither do the features (decision 051).

const root = path.resolve(import.meta.dirname, "../..");
const CODE = /\.(?:ts|tsx|mts|mjs|cjs)$/;
const SHELL = new Set(["app/root.tsx", "app/routes.ts", "app/entry.client.tsx", "app/entry.server.tsx"]);
const HOMES = /^app\/(features\/[a-z0-9-]+|platform\/[a-z0-9-]+|ui|i18n|content|styles|types)\//;
const EXTENSIONS = ["", ".ts", ".tsx", ".d.ts", ".mjs", ".cjs", "/index.ts", "/index.tsx"];

function listFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

const appFiles = listFiles("app");
const known = new Set([...appFiles, ...listFiles("server"), ...listFiles("tests")]);

function resolve(importer: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, "");
  let base: string;
  if (bare.startsWith("~/")) base = `app/${bare.slice(2)}`;
  else if (bare.startsWith("./") || bare.startsWith("../")) {
    base = path.posix.normalize(path.posix.join(path.posix.dirname(importer), bare));
  } else return undefined;
  return EXTENSIONS.map((extension) => base + extension).find((file) => known.has(file));
}

type Layer = "feature" | "platform" | "ui" | "content" | "i18n" | "shell" | "seeding" | "tests" | "other";

function layerOf(file: string): { layer: Layer; feature?: string } {
  const slice = /^app\/features\/([^/]+)\//.exec(file);
  if (slice) return { layer: "feature", feature: slice[1] };
  if (file.startsWith("app/platform/")) return { layer: "platform" };
  if (file.startsWith("app/ui/")) return { layer: "ui" };
  if (file.startsWith("app/content/")) return { layer: "content" };
  if (file.startsWith("app/i18n/")) return { layer: "i18n" };
  if (SHELL.has(file)) return { layer: "shell" };
  if (/^server\/seeding(\/|\.ts$)/.test(file)) return { layer: "seeding" };
  if (file.startsWith("tests/")) return { layer: "tests" };
  return { layer: "other" };
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const isRoute = (file: string) => /\.route\.tsx?$/.test(file);

/** Every import of app/ that resolves to a file of the repository, as [importer, imported]. */
function importsOf(files: string[]): [string, string][] {
  return files
    .filter((file) => CODE.test(file))
    .flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return ts
        .preProcessFile(text, true, true)
        .importedFiles.map((ref) => resolve(file, ref.fileName))
        .filter((target): target is string => target !== undefined)
        .map((target): [string, string] => [file, target]);
    });
}

/** The imports of these files as a graph: each file with the app files it imports. */
function moduleGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const [importer, imported] of importsOf(files)) graph.get(importer)?.push(imported);
  return graph;
}

/** Why an import breaks the layering, or undefined when it is allowed. */
function layeringProblem(importer: string, imported: string): string | undefined {
  const from = layerOf(importer);
  const to = layerOf(imported);
  if (isTest(importer)) return undefined;
  if (to.layer === "seeding") return "the seeding tools are not part of the app (decision 042)";
  if (to.layer === "tests") return "test support is for tests";
  // Layers from the top: shell → features → app/ui → platform and app/i18n (one layer: the texts
  // format dates with the platform's time, the platform's pages and mails are translated) → content.
  const BELOW: Partial<Record<Layer, Layer[]>> = {
    ui: ["feature", "shell"],
    platform: ["feature", "shell", "ui"],
    content: ["feature", "shell", "ui", "platform", "i18n"],
    i18n: ["feature", "shell", "ui"],
  };
  if (BELOW[from.layer]?.includes(to.layer)) {
    return to.layer === "feature"
      ? `${from.layer} is below every feature`
      : `${from.layer} is below ${to.layer}`;
  }
  if (from.layer === "feature" && to.layer === "feature" && from.feature !== to.feature) {
    if (isRoute(imported)) return `another feature's route module (${to.feature})`;
    if (isTest(imported)) return `another feature's test (${to.feature})`;
  }
  // A page is an entry point: routes.ts names it and nothing imports it, so the imports out of a
  // page can never close a cycle (which is why the feature folders' cycle check leaves pages out).
  if (isRoute(imported)) return "a route module is an entry point: only routes.ts names it";
  return undefined;
}

/**
 * The folders below app/ui, bottom to top (decision 051); backup is on top. A folder cycle hides where a mechanism belongs.
 */
const FOLDER_ORDER = [
  "content",
  "platform/config",
  "platform/identity",
  "platform/crypto",
  "platform/db",
  "platform/time",
  "i18n",
  "platform/mail",
  "platform/context",
  "platform/http",
  "platform/auth",
  "platform/middleware",
  "platform/backup",
];

/** Each import of one folder by another that is not below it in FOLDER_ORDER, as "from → to". */
function folderOrderProblems(folders: Map<string, string[]>): string[] {
  return [...folders].flatMap(([from, targets]) =>
    targets
      .filter((to) => FOLDER_ORDER.indexOf(to) >= FOLDER_ORDER.indexOf(from))
      .map((to) => `${from} → ${to}`),
  );
}

/**
 * How a route module reaches the database itself rather than through a feature's server function
 * (issue 17: "routes call server functions only"), or undefined. A query or a transaction in a
 * route hides a rule of the data where the next engineer does not look for it; a type or a column
 * value from the platform is no query.
 */
function queryInRoute(text: string): string | undefined {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const query =
    /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|transaction)\s*\(|\bsql\s*`/.exec(
      code,
    );
  if (query) return `makes a query (${query[0].trim()})`;
  if (/^import\s+(?!type\b)[^;]*from\s+"kysely"/m.test(code)) return "imports Kysely";
  return undefined;
}

const routeModules = appFiles.filter((file) => isRoute(file) || file === "app/root.tsx");

describe("the layering of the feature slices", () => {
  it("has every file of app/ in a feature, the platform, app/ui, app/content, app/i18n or the shell", () => {
    const homeless = appFiles.filter((file) => !SHELL.has(file) && !HOMES.test(file));
    expect(homeless).toEqual([]);
  });

  it("has no import from a lower layer up, into another feature's internals, or of the seeding tools", () => {
    const problems = importsOf(appFiles)
      .map(([importer, imported]) => [importer, imported, layeringProblem(importer, imported)])
      .filter(([, , problem]) => problem !== undefined)
      .map(([importer, imported, problem]) => `${importer} → ${imported}: ${problem}`);
    expect(problems).toEqual([]);
  });

  it("has no import cycle among the modules of app/ (tests left out), type-only imports included", () => {
    expect(importCycles(moduleGraph(appFiles.filter((file) => !isTest(file))))).toEqual([]);
  });

  it("has no cycle among the folders of app/platform/, app/i18n and app/content (decision 051)", () => {
    const folders = homeGraph(moduleGraph(appFiles.filter((file) => !isTest(file))), isBelowUi);
    expect(importCycles(folders)).toEqual([]);
  });

  it("has no cycle among the features of app/features/, their pages left out (decision 051)", () => {
    // A page combines features as the shell does, and lives with the feature it is about (sign-in in
    // account, an agreement's page in agreements) whatever else it calls; see layeringProblem.
    const modules = appFiles.filter((file) => !isTest(file) && !isRoute(file));
    const features = homeGraph(moduleGraph(modules), isFeature);
    expect(features.size).toBeGreaterThan(1);
    expect(importCycles(features)).toEqual([]);
  });

  it("has each folder below app/ui import only folders below it in decision 051's order", () => {
    const folders = homeGraph(moduleGraph(appFiles.filter((file) => !isTest(file))), isBelowUi);
    expect([...folders.keys()].filter((folder) => !FOLDER_ORDER.includes(folder))).toEqual([]);
    expect(folderOrderProblems(folders)).toEqual([]);
  });

  it("has every route module call server functions, never query the database itself", () => {
    expect(routeModules.length).toBeGreaterThan(40);
    const problems = routeModules
      .map((file) => [file, queryInRoute(readFileSync(path.join(root, file), "utf8"))])
      .filter(([, problem]) => problem !== undefined)
      .map(([file, problem]) => `${file}: ${problem}`);
    expect(problems).toEqual([]);
  });

  it("names the broken rule for a deliberate bad import", () => {
    expect(
      layeringProblem("app/platform/db/database.server.ts", "app/features/agreements/agreements.server.ts"),
    ).toBe("platform is below every feature");
    expect(
      layeringProblem("app/features/dialogue/meeting.route.tsx", "app/features/kontrakt/kontrakt.route.tsx"),
    ).toBe("another feature's route module (kontrakt)");
    expect(
      layeringProblem("app/features/dialogue/meeting.server.ts", "app/features/dialogue/meeting.route.tsx"),
    ).toBe("a route module is an entry point: only routes.ts names it");
    expect(
      layeringProblem("app/features/home/work-pages.server.ts", "server/seeding/seed-demo-organisation.ts"),
    ).toBe("the seeding tools are not part of the app (decision 042)");
    expect(
      importCycles(
        new Map([
          ["app/platform/db/a.ts", ["app/platform/db/b.ts"]],
          ["app/platform/db/b.ts", ["app/platform/db/a.ts"]],
        ]),
      ),
    ).toEqual([["app/platform/db/a.ts", "app/platform/db/b.ts"]]);
    expect(
      importCycles(
        homeGraph(
          new Map([
            ["app/platform/db/a.ts", ["app/platform/auth/b.ts"]],
            ["app/platform/auth/b.ts", ["app/platform/db/c.ts"]],
            ["app/platform/db/c.ts", []],
          ]),
          isBelowUi,
        ),
      ),
    ).toEqual([["platform/auth", "platform/db"]]);
    expect(
      importCycles(
        homeGraph(
          new Map([
            ["app/features/account/a.server.ts", ["app/features/sso/b.server.ts"]],
            ["app/features/sso/b.server.ts", ["app/features/account/c.server.ts", "app/platform/db/d.ts"]],
            ["app/features/account/c.server.ts", []],
            ["app/platform/db/d.ts", []],
          ]),
          isFeature,
        ),
      ),
    ).toEqual([["features/account", "features/sso"]]);
    expect(folderOrderProblems(new Map([["platform/config", ["platform/crypto", "content"]]]))).toEqual([
      "platform/config → platform/crypto",
    ]);
    expect(layeringProblem("app/content/get-tool-content.ts", "app/i18n/locales.ts")).toBe(
      "content is below i18n",
    );
    expect(queryInRoute("await db.transaction().execute((tx) => startNewCycle(tx, user));")).toBe(
      "makes a query (.transaction()",
    );
    expect(queryInRoute('const rows = await db.selectFrom("units").selectAll().execute();')).toBe(
      "makes a query (.selectFrom()",
    );
    expect(queryInRoute('import { sql } from "kysely";')).toBe("imports Kysely");
    expect(
      queryInRoute('import type { Selectable } from "kysely";\n// db.transaction() is a server matter'),
    ).toBe(undefined);
  });
});
