import { excelPeopleFile, PAGE_HEADINGS } from "../support/excel-csv";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";

// The demo organisation's administrator (npm run demo prints the same accounts).
const ADMIN = { email: "anders@demo.lederdialog.dk", password: "demo-lederdialog" };

// Issue 14, finding 1: Excel's "CSV (semikolonsepareret)" is Windows-1252; it was read as UTF-8,
// reported clean, and every reporting line was dropped.
test("a file saved by Danish Excel is read exactly: names, the page's own headings, file lines", async ({
  page,
}) => {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Adgangskode").fill(ADMIN.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Importér personer fra en CSV-fil" }).click();

  const director = uniqueEmail("direktoer");
  const leader = uniqueEmail("ase");
  const file = excelPeopleFile(
    [
      [...PAGE_HEADINGS, "Telefon"],
      ["Dorte Direktør", director, "Social og Sundhed", "", "leder; topledelse", "12345678"],
      ["Åse Ærø-Øbro", leader, "Social og Sundhed / Hjemmeplejen", director, "leder", ""],
      ["", "", "", "", "", ""],
      ["Uden Mail", "ikke-en-mail", "", "", "leder", ""],
    ],
    { emptyRowsAfter: 2 },
  );
  await page.getByLabel("CSV-fil med personer").setInputFiles({
    name: "personer.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(file),
  });
  await page.getByRole("button", { name: "Gennemgå filen" }).click();
  const errors = page.getByRole("alert");
  // One error, on the file's line 5 (line 4 is Excel's empty row), and nothing for the trailing ;;;;.
  await expect(errors).toContainText("Filen har 1 fejl");
  await expect(errors).toContainText("Linje 5: “ikke-en-mail” er ikke en gyldig e-mailadresse.");
  await expect(page.getByText("Kolonnen “Telefon” bliver ikke læst.")).toBeVisible();
  const row = page.getByRole("row", { name: /Åse Ærø-Øbro/ });
  await expect(row).toContainText(director);
  await expect(row).toContainText("Social og Sundhed / Hjemmeplejen");
  await expect(page.getByRole("row", { name: /Dorte Direktør/ })).toContainText("Topledelse");
  await expectNoAxeViolations(page);
});
