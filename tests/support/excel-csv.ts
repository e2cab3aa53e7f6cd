import iconv from "iconv-lite";

/**
 * A people file made the way Excel on a Danish Windows saves "CSV (semikolonsepareret)": Windows-1252,
 * ";" between fields, CRLF after every row (the last one too), a field quoted only when it holds
 * ";", a quote or a line break (quotes doubled), and the empty ";;;;" rows Excel keeps when rows
 * below the data were ever touched. "CSV UTF-8" is the same in UTF-8 with a byte-order mark;
 * "Unicode-tekst" is UTF-16LE with a mark and tabs.
 */
export type ExcelFormat = "csv-semicolon" | "csv-utf8" | "unicode-text";

function excelField(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

export function excelPeopleFile(
  rows: string[][],
  options: { format?: ExcelFormat; emptyRowsAfter?: number } = {},
): Uint8Array {
  const format = options.format ?? "csv-semicolon";
  const delimiter = format === "unicode-text" ? "\t" : ";";
  const width = Math.max(...rows.map((row) => row.length));
  const empty = Array.from({ length: options.emptyRowsAfter ?? 0 }, () => Array(width).fill(""));
  const text = [...rows, ...empty]
    .map((row) => row.map((cell) => excelField(cell, delimiter)).join(delimiter))
    .map((line) => `${line}\r\n`)
    .join("");
  if (format === "csv-utf8")
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (format === "unicode-text")
    return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
  return iconv.encode(text, "win1252");
}

/** The heading row exactly as the import page tells people to write it. */
export const PAGE_HEADINGS = ["Navn", "E-mail", "Enhed", "Nærmeste leder (e-mail)", "Roller"];
