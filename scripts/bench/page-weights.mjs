// Page weight for `npm run bench`: the JS and CSS (gzip) a first visit to each main page loads, read
// from the build's own route manifest: the entry, the root route, the page's route module, what they
// import, and the areas of the Danish catalog the page shows ("core" and its route's `handle`, which
// the entry loads for a Danish visitor, docs/decisions/045); and the web fonts a Danish
// page fetches (IBM Plex Sans, the latin subset of each weight the stylesheet uses; woff2 is already
// compressed, so its size as served).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const MAIN_PAGES = {
  "landing (/)": "features/site/landing.route",
  "home (/min-lederdialog)": "features/home/my-dialogue.route",
  "step 1 (/min-lederdialog/forbered/1)": "features/prepare/prepare-theme.route",
  "kontrakt (/min-lederdialog/kontrakt)": "features/kontrakt/kontrakt.route",
  "meeting view (/dialog/:id)": "features/dialogue/meeting.route",
  "HR figures (/tal)": "features/figures/figures.route",
};

export function pageWeights(clientDir) {
  const assets = path.join(clientDir, "assets");
  const manifestFile = readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name));
  const source = readFileSync(path.join(assets, manifestFile), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1));
  const textChunks = readdirSync(assets).filter((name) => /^texts-da-.*\.js$/.test(name));
  const stylesheets = readdirSync(assets)
    .filter((name) => name.endsWith(".css"))
    .map((name) => `/assets/${name}`);
  // Every Danish letter is in the latin subset; the other subsets are fetched only for other scripts.
  const fontKb =
    Math.round(
      readdirSync(assets)
        .filter((name) => /^ibm-plex-sans-latin-\d+-normal-.*\.woff2$/.test(name))
        .reduce((total, name) => total + readFileSync(path.join(assets, name)).length, 0) / 102.4,
    ) / 10;
  const gzipSize = (url) => gzipSync(readFileSync(path.join(clientDir, url))).length;
  return Object.entries(MAIN_PAGES).map(([page, routeId]) => {
    const parts = [manifest.entry, manifest.routes.root, manifest.routes[routeId]].filter(Boolean);
    const js = new Set(parts.flatMap((part) => [part.module, ...(part.imports ?? [])]));
    for (const area of textAreas(clientDir, routeId)) {
      const chunk = textChunks.find((name) => name.startsWith(`texts-da-${kebab(area)}-`));
      if (!chunk) throw new Error(`no catalog chunk for the area ${area} (${routeId})`);
      js.add(`/assets/${chunk}`);
    }
    js.add(`/assets/${manifestFile}`);
    // The stylesheet is linked by the root route (a `links` export), which the manifest does not list.
    const css = new Set([...parts.flatMap((part) => part.css ?? []), ...stylesheets]);
    const sum = (urls) => [...urls].reduce((total, url) => total + gzipSize(url), 0);
    return {
      page,
      jsKb: Math.round(sum(js) / 102.4) / 10,
      cssKb: Math.round(sum(css) / 102.4) / 10,
      fontKb,
    };
  });
}

/** "signInSettings" → "sign-in-settings", as the area's file (and so its chunk) is named. */
function kebab(name) {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The catalog areas a page loads: "core", and those its route module names in its handle
 * (`export const handle: TextsHandle = { texts: [...] }`), read from the route's source next to
 * the build (the built chunk has it only minified).
 */
function textAreas(clientDir, routeId) {
  const source = readFileSync(path.join(clientDir, "../../app", `${routeId}.tsx`), "utf8");
  const listed = /export const handle\b[^=]*=\s*\{\s*texts:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? "";
  return ["core", ...[...listed.matchAll(/"(\w+)"/g)].map((match) => match[1])];
}
