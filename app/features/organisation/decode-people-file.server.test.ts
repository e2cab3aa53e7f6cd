import { describe, expect, it } from "vitest";
import { excelPeopleFile, PAGE_HEADINGS } from "../../../tests/support/excel-csv";
import { decodePeopleFile } from "./decode-people-file.server";
import { parsePeopleCsv } from "./people-csv.server";

// Issue 14, finding 1: Danish Excel's CSV was imported as garbage and reported clean.
const ASE = [
  "Åse Ærø-Øbro",
  "ase@kommune.dk",
  "Social og Sundhed / Hjemmeplejen",
  "dorte@kommune.dk",
  "leder",
];
const DORTE = [
  'Dorte "Dø" Sørensen; direktør',
  "dorte@kommune.dk",
  "Social og Sundhed",
  "",
  "leder; topledelse",
];

function read(bytes: Uint8Array) {
  return parsePeopleCsv(decodePeopleFile(bytes));
}

describe("a people file as Excel saves it", () => {
  it.each(["csv-semicolon", "csv-utf8", "unicode-text"] as const)(
    "%s: names exact, the page's own headings read, reporting lines kept",
    (format) => {
      const { rows, errors, warnings } = read(excelPeopleFile([PAGE_HEADINGS, ASE, DORTE], { format }));
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(rows.map((row) => row.name)).toEqual(["Åse Ærø-Øbro", 'Dorte "Dø" Sørensen; direktør']);
      expect(rows[0]).toMatchObject({
        email: "ase@kommune.dk",
        unitPath: "Social og Sundhed / Hjemmeplejen",
        nearestLeaderEmail: "dorte@kommune.dk",
        roles: ["leader"],
      });
      expect(rows[1]?.roles).toEqual(["leader", "top_management"]);
    },
  );

  it("ignores Excel's empty ;;;; rows, and counts lines as the file's own lines", () => {
    const withBreak = ["Bo Berg", "ikke-en-mail", "Social og Sundhed\r\n(gammel enhed)", "", ""];
    const bytes = excelPeopleFile(
      [PAGE_HEADINGS, ASE, ["", "", "", "", ""], withBreak, DORTE, ["Ib", "", "", "", ""]],
      {
        emptyRowsAfter: 3,
      },
    );
    const { rows, errors } = read(bytes);
    // Line 1 headings, 2 Åse, 3 empty, 4–5 Bo (a line break inside a quoted cell), 6 Dorte, 7 Ib.
    expect(errors).toEqual([
      { line: 4, kind: "emailInvalid", value: "ikke-en-mail" },
      { line: 7, kind: "emailInvalid", value: "" },
    ]);
    expect(rows.map((row) => row.line)).toEqual([2, 4, 6, 7]);
  });

  it("accepts English headings and common variants, and warns about columns it does not read", () => {
    const headings = ["Full name", "E-mail address", "Department", "Manager e-mail", "Role", "Telefon"];
    const { rows, errors, warnings } = read(
      excelPeopleFile([headings, ["Åse Ærø-Øbro", "ase@kommune.dk", "Hjemmeplejen", "", "hr", "12345678"]]),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ kind: "unknownColumn", value: "Telefon" }]);
    expect(rows[0]).toMatchObject({ name: "Åse Ærø-Øbro", unitPath: "Hjemmeplejen", roles: ["hr"] });
  });

  it("reads a Windows-1252 file of 10,000 people exactly", () => {
    const people = Array.from({ length: 10_000 }, (_, index) => [
      `Åse Ærø-Øbro ${index}`,
      `person${index}@kommune.dk`,
      `Forvaltning ${index % 12} / Afdeling ${index % 97}`,
      index === 0 ? "" : "person0@kommune.dk",
      "leder",
    ]);
    const { rows, errors } = read(excelPeopleFile([PAGE_HEADINGS, ...people], { emptyRowsAfter: 20 }));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toMatchObject({
      line: 10_001,
      name: "Åse Ærø-Øbro 9999",
      nearestLeaderEmail: "person0@kommune.dk",
      unitPath: "Forvaltning 3 / Afdeling 8",
    });
  });

  it("keeps UTF-8 without a byte-order mark as UTF-8", () => {
    const text = `${PAGE_HEADINGS.join(";")}\n${ASE.join(";")}\n`;
    expect(read(new TextEncoder().encode(text)).rows[0]?.name).toBe("Åse Ærø-Øbro");
  });
});
