import { spawnSync } from "node:child_process";

/**
 * PDFs are read back with poppler (pdftotext, pdfinfo), an independent reader from Debian's
 * poppler-utils. CI installs it; on a developer machine without it those checks are skipped, with
 * a message from scripts/test.mjs — with CI=true a missing poppler fails instead.
 */
export const isPopplerAvailable = spawnSync("pdftotext", ["-v"]).error === undefined;
export const mustReadPdfs = isPopplerAvailable || process.env.CI === "true" || process.env.CI === "1";
