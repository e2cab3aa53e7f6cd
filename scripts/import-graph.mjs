// The imports between the app's own modules, read from their import specifiers (no bundler, no
// dependency): which module imports which, the cycles among them, and the imports between the
// folders of app/.server. `node scripts/import-graph.mjs` prints both; the layer test
// (tests/integration/import-layers.test.ts) fails on them.
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

/** The folder of app/.server a module lies in ("db", "mail", …), or undefined outside it. */
export function serverFolder(file) {
  const match = /^app\/\.server\/([^/]+)\//.exec(file);
  return match ? match[1] : undefined;
}

/** Each import from one app/.server folder into another: { from, to, fromFolder, toFolder }. */
export function serverFolderImports(graph = appImports()) {
  const found = [];
  for (const [from, targets] of graph) {
    const fromFolder = serverFolder(from);
    if (!fromFolder) continue;
    for (const to of targets) {
      const toFolder = serverFolder(to);
      if (toFolder && toFolder !== fromFolder) found.push({ from, to, fromFolder, toFolder });
    }
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = appImports();
  const edges = new Map();
  for (const { fromFolder, toFolder } of serverFolderImports(graph)) {
    const key = `${fromFolder} -> ${toFolder}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
  console.log("Imports between app/.server folders (count of module imports):");
  for (const [key, count] of [...edges].sort()) console.log(`  ${key}  ${count}`);
  const cycles = importCycles(graph);
  console.log(cycles.length === 0 ? "No import cycle in app/." : "Import cycles in app/:");
  for (const cycle of cycles) console.log(`  ${cycle.join("  ")}`);
}
