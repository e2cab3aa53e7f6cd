import { describe, expect, it } from "vitest";
import { checkPeopleRows, MAX_IMPORT_ROWS, parsePeopleCsv } from "./people-csv.server";

const ORG = "org-1";

describe("parsePeopleCsv", () => {
  it("reads Excel's Danish CSV (semicolons, BOM) with units, nearest leaders and roles", () => {
    const { rows, errors } = parsePeopleCsv(
      "\uFEFFNavn;E-mail;Enhed;Nærmeste leder;Roller\r\n" +
        "Søren Ærø;Soren@Kommune.dk;Social og Sundhed / Hjemmeplejen;direktor@kommune.dk;leder\r\n" +
        "Dorte Direktør;direktor@kommune.dk;Social og Sundhed;;leder, topledelse\r\n",
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        name: "Søren Ærø",
        email: "soren@kommune.dk",
        unitPath: "Social og Sundhed / Hjemmeplejen",
        nearestLeaderEmail: "direktor@kommune.dk",
        roles: ["leader"],
      },
      {
        line: 3,
        name: "Dorte Direktør",
        email: "direktor@kommune.dk",
        unitPath: "Social og Sundhed",
        nearestLeaderEmail: null,
        roles: ["leader", "top_management"],
      },
    ]);
  });

  it("reads English headings with commas, and quoted fields", () => {
    const { rows, errors } = parsePeopleCsv('name,email,roles\n"Hansen, Hanne",hanne@kommune.dk,"hr, med"\n');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ name: "Hansen, Hanne", roles: ["hr", "med"], unitPath: null });
  });

  it("names each problem on its line: no name, a bad e-mail, an unknown role", () => {
    const { errors } = parsePeopleCsv(
      "navn;e-mail;nærmeste leder;roller\n;a@kommune.dk;;\nBo;ikke-en-mail;;\nEva;eva@kommune.dk;chef@;\nIb;ib@kommune.dk;;chef\n",
    );
    expect(errors).toEqual([
      { line: 2, kind: "nameRequired" },
      { line: 3, kind: "emailInvalid", value: "ikke-en-mail" },
      { line: 4, kind: "emailInvalid", value: "chef@" },
      { line: 5, kind: "unknownRole", value: "chef" },
    ]);
  });

  it("refuses a file without name and e-mail columns, an unreadable file, and too many rows", () => {
    expect(parsePeopleCsv("fornavn;telefon\nBo;12345678\n").errors).toEqual([
      { line: 0, kind: "missingColumns" },
    ]);
    expect(parsePeopleCsv('navn;email\n"Bo;bo@kommune.dk\n').errors).toEqual([
      { line: 0, kind: "unreadable" },
    ]);
    const many = `navn;email\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i};p${i}@k.dk`).join("\n")}`;
    expect(parsePeopleCsv(many).errors).toEqual([{ line: 0, kind: "tooManyRows" }]);
  });
});

describe("checkPeopleRows", () => {
  const read = (text: string) => parsePeopleCsv(`navn;email;nærmeste leder\n${text}`).rows;

  it("finds a person twice in the file", () => {
    expect(checkPeopleRows(read("A;a@k.dk;\nA igen;A@k.dk;\n"), [], ORG)).toEqual([
      { line: 3, kind: "duplicateEmail", value: "a@k.dk" },
    ]);
  });

  it("finds a nearest leader who is neither in the file nor in the organisation", () => {
    const rows = read("A;a@k.dk;ukendt@k.dk\nB;b@k.dk;kendt@k.dk\n");
    const existing = [{ email: "kendt@k.dk", organisationId: ORG, nearestLeaderEmail: null }];
    expect(checkPeopleRows(rows, existing, ORG)).toEqual([
      { line: 2, kind: "unknownNearestLeader", value: "ukendt@k.dk" },
    ]);
  });

  it("finds an address that belongs to another organisation", () => {
    const existing = [{ email: "a@k.dk", organisationId: "org-2", nearestLeaderEmail: null }];
    expect(checkPeopleRows(read("A;a@k.dk;\n"), existing, ORG)).toEqual([
      { line: 2, kind: "emailInOtherOrganisation", value: "a@k.dk" },
    ]);
  });

  it("finds loops in the reporting lines, also yourself and loops through people already there", () => {
    expect(checkPeopleRows(read("A;a@k.dk;a@k.dk\n"), [], ORG)).toEqual([
      { line: 2, kind: "reportingLoop", value: "a@k.dk" },
    ]);
    expect(
      checkPeopleRows(read("A;a@k.dk;b@k.dk\nB;b@k.dk;c@k.dk\nC;c@k.dk;a@k.dk\n"), [], ORG),
    ).toHaveLength(3);
    const existing = [{ email: "c@k.dk", organisationId: ORG, nearestLeaderEmail: "a@k.dk" }];
    expect(checkPeopleRows(read("A;a@k.dk;c@k.dk\n"), existing, ORG)).toEqual([
      { line: 2, kind: "reportingLoop", value: "c@k.dk" },
    ]);
    expect(checkPeopleRows(read("A;a@k.dk;b@k.dk\nB;b@k.dk;\n"), [], ORG)).toEqual([]);
  });
});
