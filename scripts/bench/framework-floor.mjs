// The JS floor for the page-weight budget: what React and React Router alone weigh in the browser.
// A page that hydrates with React Router loads at least React DOM, React and the router; this
// bundles just those (a hydrating entry and nothing of the app) with the app's own bundler, Vite,
// in production mode, and reports the gzip size, so the bench shows how much of a page's JS is ours.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const ENTRY = `
import { createElement, StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
startTransition(() => {
  hydrateRoot(document, createElement(StrictMode, null, createElement(HydratedRouter)));
});
`;

export async function frameworkFloorKb(root) {
  // Inside the project, so the entry resolves React from its node_modules.
  const cache = path.join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "lederdialog-floor-"));
  try {
    const entry = path.join(dir, "entry.js");
    writeFileSync(entry, ENTRY);
    const output = await build({
      configFile: false,
      root,
      logLevel: "silent",
      mode: "production",
      build: { write: false, minify: true, rollupOptions: { input: entry } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
    const bytes = chunks
      .filter((chunk) => chunk.type === "chunk")
      .reduce((total, chunk) => total + gzipSync(chunk.code).length, 0);
    return Math.round(bytes / 102.4) / 10;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
