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

  it("refuses names and units longer or deeper than the person page allows", () => {
    // Issue 16's review: 50 names of 30,000 letters were imported, and /admin grew to 6 MB.
    const deep = Array.from({ length: 11 }, (_, level) => `Niveau ${level + 1}`).join(" / ");
    const { errors } = parsePeopleCsv(
      `navn;email;enhed
${"Å".repeat(201)};a@k.dk;
${"Å".repeat(200)};b@k.dk;${"E".repeat(121)}
Ce;c@k.dk;${deep}
De;d@k.dk;${deep.split(" / ").slice(0, 10).join(" / ")}
`,
    );
    expect(errors).toEqual([
      { line: 2, kind: "nameTooLong" },
      { line: 3, kind: "unitTooLong" },
      { line: 4, kind: "unitTooLong" },
    ]);
  });

  it("repeats at most the start of a long value in an error or a warning", () => {
    // The preview lists 50 errors: each 150 KB value was repeated whole (a 7.7 MB page).
    const long = "x".repeat(150_000);
    const { errors, warnings } = parsePeopleCsv(`navn;email;roller;${long}
Bo;${long};${long};
`);
    expect(warnings).toEqual([{ kind: "unknownColumn", value: `${"x".repeat(80)}…` }]);
    expect(errors).toEqual([
      { line: 2, kind: "emailInvalid", value: `${"x".repeat(80)}…` },
      { line: 2, kind: "unknownRole", value: `${"x".repeat(80)}…` },
    ]);
  });

  it("counts Excel's empty ;;;; rows in no limit", () => {
    const people = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `P${i};p${i}@k.dk`).join("\n");
    const { rows, errors } = parsePeopleCsv(`navn;email\n${people}\n${";;\n".repeat(50_000)}`);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(MAX_IMPORT_ROWS);
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
