// The imports between the app's own modules, read from their import specifiers (no bundler, no
// dependency): which module imports which, the cycles among them, and the imports between the homes
// of app/ (a feature, a platform area, app/ui …). `node scripts/import-graph.mjs` prints both; the
// layering test (tests/integration/feature-layering.test.ts) fails on a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.(ts|tsx)$/;

// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`; type-only imports
// count too: a lower layer that names a higher one's type still depends on it.
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

function walk(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, found);
    else if (SOURCE.test(name) && !TEST.test(name) && !name.endsWith(".d.ts")) found.push(full);
  }
  return found;
}

function resolve(from, specifier) {
  let base;
  if (specifier.startsWith("~/")) base = path.join(ROOT, "app", specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined; // a package
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every module under app/ (tests left out) with the app modules it imports, as paths from the root. */
export function appImports() {
  const graph = new Map();
  for (const file of walk(path.join(ROOT, "app"))) {
    const text = readFileSync(file, "utf8");
    const targets = new Set();
    for (const match of text.matchAll(SPECIFIER)) {
      const target = resolve(file, match[1] ?? match[2] ?? match[3]);
      if (target) targets.add(path.relative(ROOT, target));
    }
    graph.set(path.relative(ROOT, file), [...targets].sort());
  }
  return graph;
}

/** The import cycles, each once, as the modules in order (Tarjan's strongly connected components). */
export function importCycles(graph = appImports()) {
  let index = 0;
  const indices = new Map();
  const lowest = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    lowest.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node), lowest.get(next)));
      } else if (onStack.has(next)) {
        lowest.set(node, Math.min(lowest.get(node), indices.get(next)));
      }
    }
    if (lowest.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return cycles;
}

/** The home a module of app/ lies in ("features/agreements", "platform/db", "ui" …), or the file itself. */
export function homeOf(file) {
  const match = /^app\/((?:features|platform)\/[^/]+|[^/]+)\//.exec(file);
  return match ? match[1] : file;
}

/** Each import from one home into another, counted: { from, to, count } (`from` and `to` homes). */
export function homeImports(graph = appImports()) {
  const counts = new Map();
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const key = `${homeOf(from)} -> ${homeOf(to)}`;
      if (homeOf(from) !== homeOf(to)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort().map(([key, count]) => {
    const [from, to] = key.split(" -> ");
    return { from, to, count };
  });
}

/**
 * The homes as a graph of their own: each home with the homes it imports, for the homes `keep`
 * accepts. A cycle here is a cycle of folders (platform/db → platform/auth → platform/db), even when
 * no module takes part in a cycle.
 */
export function homeGraph(graph = appImports(), keep = () => true) {
  const homes = new Map();
  for (const [from, targets] of graph) {
    const fromHome = homeOf(from);
    if (!keep(fromHome)) continue;
    if (!homes.has(fromHome)) homes.set(fromHome, new Set());
    for (const to of targets) {
      const toHome = homeOf(to);
      if (toHome !== fromHome && keep(toHome)) homes.get(fromHome).add(toHome);
    }
  }
  return new Map([...homes].map(([home, targets]) => [home, [...targets].sort()]));
}

/** The platform's areas, app/i18n and app/content: the homes below app/ui (decision 051). */
export const isBelowUi = (home) => home.startsWith("platform/") || home === "i18n" || home === "content";

/** The features of app/features/, which form no folder cycle either (decision 051). */
export const isFeature = (home) => home.startsWith("features/");

/**
 * The graph without the pages: a route module is an entry point that nothing imports, so its
 * imports close no cycle; the features' folder check is made on what is left (decision 051).
 */
export const withoutPages = (graph) => new Map([...graph].filter(([file]) => !/\.route\.tsx?$/.test(file)));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = appImports();
  console.log("Imports between the homes of app/ (count of module imports):");
  for (const { from, to, count } of homeImports(graph)) console.log(`  ${from} -> ${to}  ${count}`);
  const cycles = importCycles(graph);
  console.log(cycles.length === 0 ? "No import cycle in app/." : "Import cycles in app/:");
  for (const cycle of cycles) console.log(`  ${cycle.join("  ")}`);
  for (const [name, keep, modules] of [
    ["the platform, app/i18n and app/content", isBelowUi, graph],
    ["the features (their pages left out)", isFeature, withoutPages(graph)],
  ]) {
    const folderCycles = importCycles(homeGraph(modules, keep));
    console.log(
      folderCycles.length === 0 ? `No folder cycle among ${name}.` : `Folder cycles among ${name}:`,
    );
    for (const cycle of folderCycles) console.log(`  ${cycle.join("  ")}`);
  }
}
