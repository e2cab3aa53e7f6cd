// Every page route's JS (gzip KB) on a first visit, counted as page-weights.mjs counts the bench's six
// main pages (the entry, the root, the route module and their imports, the manifest, the Danish
// catalog areas the route names), for all routes of the build's manifest with a component, heaviest
// first, with how far each is over issue 16's budget (the floor + 15 KB). Run after a build:
//   node scripts/bench/all-page-weights.mjs [floor KB, default: framework-floor.mjs's]
// (docs/decisions/050).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { frameworkFloorKb } from "./framework-floor.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const clientDir = path.join(root, "build/client");
const assets = path.join(clientDir, "assets");
const manifestFile = readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name));
const source = readFileSync(path.join(assets, manifestFile), "utf8");
const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1));
const textChunks = readdirSync(assets).filter((name) => /^texts-da-.*\.js$/.test(name));
const gzipSize = (url) => gzipSync(readFileSync(path.join(clientDir, url))).length;
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

const floorKb = process.argv[2] ? Number(process.argv[2]) : await frameworkFloorKb(root);
const rows = Object.entries(manifest.routes)
  .filter(([id, route]) => id !== "root" && route.hasDefaultExport)
  .map(([id, route]) => {
    const routeSource = readFileSync(path.join(root, "app", `${id}.tsx`), "utf8");
    const listed = /export const handle\b[^=]*=\s*\{\s*texts:\s*\[([^\]]*)\]/.exec(routeSource)?.[1] ?? "";
    const areas = ["core", ...[...listed.matchAll(/"(\w+)"/g)].map((match) => match[1])];
    const parts = [manifest.entry, manifest.routes.root, route];
    const js = new Set(parts.flatMap((part) => [part.module, ...(part.imports ?? [])]));
    let texts = 0;
    for (const area of areas) {
      const chunk = textChunks.find((name) => name.startsWith(`texts-da-${kebab(area)}-`));
      if (!chunk) throw new Error(`no catalog chunk for the area ${area} (${id})`);
      js.add(`/assets/${chunk}`);
      texts += gzipSize(`/assets/${chunk}`);
    }
    js.add(`/assets/${manifestFile}`);
    const total = [...js].reduce((sum, url) => sum + gzipSize(url), 0);
    return { id, jsKb: kb(total), textsKb: kb(texts) };
  })
  .sort((a, b) => b.jsKb - a.jsKb);

console.log(`floor ${floorKb} KB, budget ${(floorKb + 15).toFixed(1)} KB (gzip)`);
for (const row of rows) {
  const over = row.jsKb - floorKb - 15;
  console.log(
    `${row.id.padEnd(50)} ${row.jsKb.toFixed(1).padStart(6)}  texts ${row.textsKb.toFixed(1).padStart(4)}  ${over > 0 ? `over by ${over.toFixed(1)}` : "met"}`,
  );
}
