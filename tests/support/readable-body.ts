import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isPopplerAvailable } from "./poppler";

/**
 * A response body as a person or program would read it, so a search for a sentence finds it in any
 * format: a PDF's text (its streams are compressed), a calendar file unfolded and unescaped.
 */
export async function readableBody(response: Response): Promise<string> {
  const type = response.headers.get("content-type") ?? "";
  if (type.startsWith("application/pdf")) {
    const bytes = Buffer.from(await response.arrayBuffer());
    if (!isPopplerAvailable) return bytes.toString("latin1");
    const folder = mkdtempSync(path.join(os.tmpdir(), "lederdialog-pdf-"));
    try {
      const file = path.join(folder, "file.pdf");
      writeFileSync(file, bytes);
      return spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const text = await response.text();
  if (type.startsWith("text/calendar")) {
    return text
      .replace(/\r?\n[ \t]/g, "")
      .replace(/\\([,;\\])/g, "$1")
      .replace(/\\n/gi, "\n");
  }
  return text;
}
