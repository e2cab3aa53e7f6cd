import { parse } from "csv-parse/sync";
import { expect, it, vi } from "vitest";
import { MAX_IMPORT_ROWS, parsePeopleCsv } from "./people-csv.server";

// Issue 16's review took the server down with one upload: 4,140,000 lines of "a" in 8 MB, parsed
// whole (with each record's position) before the row limit was looked at. The file is refused
// before the parser sees it, and a file within the limit is parsed no further than the limit.
vi.mock("csv-parse/sync", async (importOriginal) => {
  const original = await importOriginal<typeof import("csv-parse/sync")>();
  return { parse: vi.fn(original.parse) };
});

it("refuses a file of far too many lines before it is parsed", () => {
  vi.mocked(parse).mockClear();
  const result = parsePeopleCsv(`navn;email\n${"a\n".repeat(200_000)}`);
  expect(result.errors).toEqual([{ line: 0, kind: "tooManyRows" }]);
  expect(parse).not.toHaveBeenCalled();
});

it("parses a file within the line limit only up to one row past the row limit", () => {
  vi.mocked(parse).mockClear();
  const people = Array.from({ length: MAX_IMPORT_ROWS + 10 }, (_, i) => `P${i};p${i}@k.dk`).join("\n");
  expect(parsePeopleCsv(`navn;email\n${people}\n`).errors).toEqual([{ line: 0, kind: "tooManyRows" }]);
  expect(parse).toHaveBeenCalledTimes(1);
  expect(vi.mocked(parse).mock.results[0]?.value).toHaveLength(MAX_IMPORT_ROWS + 2);
});
