import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Download } from "@playwright/test";

export async function downloadedText(download: Download): Promise<string> {
  const file = await download.path();
  return readFileSync(file, "utf8");
}

/** A downloaded PDF's text, read by poppler's pdftotext (an independent reader). */
export async function downloadedPdfText(download: Download): Promise<string> {
  const file = await download.path();
  const result = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  if (result.error)
    throw new Error("pdftotext is missing: install poppler-utils (apt-get install poppler-utils)");
  return result.stdout;
}
