// Page weight for `npm run bench`: the JS and CSS (gzip) a first visit to each main page loads, read
// from the build's own route manifest: the entry, the root route, the page's route module, what they
// import, and the Danish catalog (loaded by the entry for a Danish visitor); and the web fonts a Danish
// page fetches (IBM Plex Sans, the latin subset of each weight the stylesheet uses; woff2 is already
// compressed, so its size as served).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const MAIN_PAGES = {
  "landing (/)": "routes/landing",
  "home (/min-lederdialog)": "routes/my-dialogue",
  "step 1 (/min-lederdialog/forbered/1)": "routes/prepare-theme",
  "kontrakt (/min-lederdialog/kontrakt)": "routes/kontrakt",
  "meeting view (/dialog/:id)": "routes/meeting",
  "HR figures (/tal)": "routes/figures",
};

export function pageWeights(clientDir) {
  const assets = path.join(clientDir, "assets");
  const manifestFile = readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name));
  const source = readFileSync(path.join(assets, manifestFile), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1));
  const catalog = readdirSync(assets).find((name) => /^da-.*\.js$/.test(name));
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
    if (catalog) js.add(`/assets/${catalog}`);
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
