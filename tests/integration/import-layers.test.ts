import { describe, expect, it } from "vitest";
import { appImports, importCycles, serverFolderImports } from "../../scripts/import-graph.mjs";

/**
 * The folders of app/.server from the bottom up: a folder may import from its own layer and those
 * below it, never from one above. `auth`, `users` and `sso` still import each other, so they are one
 * layer until the feature slices (issue 17) take them apart.
 */
const SERVER_LAYERS: readonly (readonly string[])[] = [
  ["config"],
  ["crypto"],
  ["files"],
  ["db"],
  ["i18n"],
  ["http"],
  ["pdf"],
  ["calendar"],
  ["mail"],
  ["auth", "users", "sso"],
  ["autosave"],
  ["cycles"],
  ["agreements"],
  ["sharing"],
  ["dialogues"],
  ["kontrakt"],
  ["organisations"],
  ["figures"],
  ["privacy"],
  ["reminders"],
  ["home"],
  ["account-security"],
  ["middleware"],
  ["backup"],
  ["demo"],
  ["bench"],
];

const graph = appImports();

describe("imports in app/", () => {
  it("form no cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("place every folder of app/.server in a layer", () => {
    const placed = new Set(SERVER_LAYERS.flat());
    const folders = new Set(serverFolderImports(graph).flatMap((edge) => [edge.fromFolder, edge.toFolder]));
    expect([...folders].filter((folder) => !placed.has(folder))).toEqual([]);
  });

  it("never run from a lower layer of app/.server up to a higher one", () => {
    const layerOf = new Map(
      SERVER_LAYERS.flatMap((folders, layer) => folders.map((folder) => [folder, layer])),
    );
    const upward = serverFolderImports(graph)
      .filter((edge) => (layerOf.get(edge.toFolder) ?? 0) > (layerOf.get(edge.fromFolder) ?? 0))
      .map((edge) => `${edge.from} -> ${edge.to}`);
    expect(upward).toEqual([]);
  });
});
