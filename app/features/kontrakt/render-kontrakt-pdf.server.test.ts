import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolContentDa, toolContentEn } from "~/content/tool-content";
import type { KontraktFieldId } from "~/content/tool-types";
import type { Agreement } from "~/features/agreements/agreement";
import { mustReadPdfs } from "../../../tests/support/poppler";
import { type KontraktPdfInput, renderKontraktPdf } from "./render-kontrakt-pdf.server";

// The PDF is read back the way a person's PDF reader would see it: poppler's pdftotext and pdfinfo.
const describeReadingPdfs = mustReadPdfs ? describe : describe.skip;

const workDir = mkdtempSync(path.join(tmpdir(), "kontrakt-pdf-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runPoppler(tool: "pdftotext" | "pdfinfo" | "pdffonts", args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.error && "code" in result.error && result.error.code === "ENOENT") {
    throw new Error(
      `${tool} is not installed. The PDF tests read the PDF back with poppler: install poppler-utils (apt-get install poppler-utils).`,
    );
  }
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

async function renderToFile(input: KontraktPdfInput): Promise<string> {
  const file = path.join(workDir, `${crypto.randomUUID()}.pdf`);
  writeFileSync(file, await renderKontraktPdf(input));
  return file;
}

/** The page's text with runs of spaces and line breaks collapsed, so wrapped lines still match. */
function flatText(file: string, page?: number): string {
  return layoutText(file, page).replace(/\s+/g, " ");
}

function layoutText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return runPoppler("pdftotext", ["-layout", "-enc", "UTF-8", ...pages, file, "-"]);
}

function pdfInfo(file: string): Record<string, string> {
  const lines = runPoppler("pdfinfo", ["-enc", "UTF-8", file]).split("\n");
  return Object.fromEntries(
    lines
      .filter((line) => line.includes(":"))
      .map((line) => {
        const [key = "", ...rest] = line.split(":");
        return [key.trim(), rest.join(":").trim()];
      }),
  );
}

function example(id: KontraktFieldId): string[] {
  return toolContentDa.kontraktFields.find((field) => field.id === id)?.example ?? [];
}

function agreement(overrides: Partial<Agreement> & Pick<Agreement, "kind" | "text" | "position">): Agreement {
  return {
    id: crypto.randomUUID(),
    cycleId: "cycle-1",
    followUpDate: null,
    followUpTime: null,
    recurrence: null,
    followUpHow: "",
    status: "active",
    createdAt: "2026-03-01T09:00:00.000Z",
    updatedAt: "2026-03-01T09:00:00.000Z",
    dialogueId: null,
    owner: null,
    ...overrides,
  };
}

// The seed's filled-in example, with follow-ups as a leader would set them in the app.
const seedAgreements: Agreement[] = [
  agreement({
    kind: "self",
    position: 1,
    text: "Jeg lægger pauser ind med mig selv",
    recurrence: "daily",
    followUpDate: "2026-03-02",
    followUpHow: "Jeg krydser af hver dag på et papir ved mit skrivebord, om jeg har overholdt det i dag",
  }),
  agreement({
    kind: "self",
    position: 0,
    text: "Jeg er proaktiv på sager i kommende kvartal og opdaterer hver uge mit opgaveoverblik",
    recurrence: "weekly",
    followUpDate: "2026-03-02",
    status: "completed",
  }),
  agreement({ kind: "self", position: 2, text: "Jeg svarer ikke på mails i weekenden", status: "dropped" }),
  agreement({
    kind: "leader",
    position: 0,
    text: "Vi tager vanskelige sager op for at sikre at være afstemt og fastholde gensidig tillid",
    recurrence: "biweekly",
    followUpDate: "2026-03-03",
    followUpHow: "Korte dialoger med min nærmeste leder",
  }),
  agreement({
    kind: "leader",
    position: 1,
    text: "Vi følger op på hvordan det går de sidste 5 minutter på hvert møde - og har større opfølgning på kvartalsdialogen",
    followUpDate: "2026-06-15",
  }),
];

function seedKontrakt(overrides: Partial<KontraktPdfInput> = {}): KontraktPdfInput {
  return {
    locale: "da",
    leaderName: "Søren Ærø Ågård",
    cycleStartedAt: new Date("2026-02-20T08:00:00Z"),
    texts: {
      goals: example("goals").join("\n"),
      wellbeing: example("wellbeing").join("\n"),
      alignWithLeader: example("alignWithLeader").join("\n"),
    },
    agreements: seedAgreements,
    omit: [],
    now: new Date("2026-03-10T10:00:00Z"),
    ...overrides,
  };
}

function daQuestion(id: KontraktFieldId): string {
  const field = toolContentDa.kontraktFields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no kontrakt field ${id}`);
  return field.question;
}

describeReadingPdfs("renderKontraktPdf, the Danish kontrakt", () => {
  let file = "";
  let text = "";
  beforeAll(async () => {
    file = await renderToFile(seedKontrakt());
    text = flatText(file);
  });

  it("is A4, titled with the leader's kontrakt, by the leader, made by Lederdialog, in Danish", () => {
    const info = pdfInfo(file);
    expect(info["Page size"]).toMatch(/^595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/);
    expect(info.Title).toBe("Lederkontrakt – Søren Ærø Ågård");
    expect(info.Author).toBe("Søren Ærø Ågård");
    expect(info.Creator).toBe("Lederdialog");
    // Screen readers pick the voice from the document language; pdfinfo does not show it.
    expect(readFileSync(file, "latin1")).toContain("/Lang (da)");
  });

  it("has the template's title, the leader's name, the date and the template's questions", () => {
    expect(text).toContain("Aftale med dig selv og med nærmeste leder");
    expect(text).toContain("Udarbejdet af Søren Ærø Ågård");
    expect(text).toContain("Dato: 10. marts 2026");
    expect(text).toContain(daQuestion("goals"));
    expect(text).toContain("Hvilke mål skal du lykkes med i de kommende 6-12 måneder som leder?");
    for (const field of toolContentDa.kontraktFields) {
      expect(text).toContain(`${field.number}. ${field.title}`);
      expect(text).toContain(field.question);
    }
  });

  it("prints the five fields in the template's order", () => {
    const positions = toolContentDa.kontraktFields.map((field) =>
      text.indexOf(`${field.number}. ${field.title} ${field.question}`),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("keeps the leader's line breaks and Danish letters", () => {
    const lines = layoutText(file);
    for (const line of [...example("goals"), ...example("wellbeing")]) {
      // Each typed line starts a printed line of its own.
      expect(lines).toMatch(new RegExp(`^\\s*${escapeRegExp(line.slice(0, 30))}`, "m"));
    }
    expect(text).toContain("At jeg kan holde fri, når jeg har fri, her lader jeg op");
    expect(text).toContain("Søren Ærø Ågård");
  });

  it("lists active and completed agreements in the leader's order, each with its follow-up", () => {
    const proactive = text.indexOf("Jeg er proaktiv på sager");
    const pauses = text.indexOf("Jeg lægger pauser ind med mig selv");
    expect(proactive).toBeGreaterThan(-1);
    expect(pauses).toBeGreaterThan(proactive);
    expect(text).toContain("Hver uge fra 2. marts 2026");
    expect(text).toContain("Holdt");
    expect(text).toContain("Hver dag fra 2. marts 2026");
    expect(text).toContain("Sådan Jeg krydser af hver dag på et papir ved mit skrivebord");
    expect(text).toContain("Hver 14. dag fra 3. marts 2026");
    expect(text).toContain("Én gang, den 15. juni 2026");
    expect(text).not.toContain("Jeg svarer ikke på mails i weekenden");
  });

  it("credits BFA and numbers every page", () => {
    const pages = Number(pdfInfo(file).Pages);
    for (let page = 1; page <= pages; page += 1) {
      const pageText = flatText(file, page);
      expect(pageText).toContain("Udgivet af BFA Velfærd og Offentlig administration, revideret marts 2024");
      expect(pageText).toContain("“Styrk lederens dialog med nærmeste leder”");
      expect(pageText).toContain(`Side ${page} af ${pages}`);
    }
  });
});

describeReadingPdfs("renderKontraktPdf, leaving parts out", () => {
  it("prints neither the heading, the question nor the answer of an omitted field", async () => {
    const file = await renderToFile(seedKontrakt({ omit: ["wellbeing", "agreementsWithLeader"] }));
    const text = flatText(file);

    expect(text).not.toContain("2. Dit psykiske arbejdsmiljø");
    expect(text).not.toContain(daQuestion("wellbeing"));
    expect(text).not.toContain("At min nærmeste leder og jeg har et tillidsfuldt rum");
    expect(text).not.toContain("3. Aftale med nærmeste leder");
    expect(text).not.toContain("Vi tager vanskelige sager op");
    expect(text).not.toContain("Hver 14. dag");

    expect(text).toContain("1. Mål for din ledelsesopgave");
    expect(text).toContain("Fokus på nøgletal for drift.");
    expect(text).toContain("2. Aftale med dig selv");
    expect(text).toContain("Jeg lægger pauser ind med mig selv");
    expect(text).toContain("3. Aftale og løbende dialog med din nærmeste leder");
    expect(text).toContain("Det tager vi op på statusmøderne hver uge.");
  });

  it("says so when a field it prints is empty", async () => {
    const file = await renderToFile(
      seedKontrakt({ texts: { goals: "  \n ", wellbeing: "", alignWithLeader: "" }, agreements: [] }),
    );
    const text = flatText(file);
    expect(text).toContain("1. Mål for din ledelsesopgave");
    expect(text).toContain("Ikke udfyldt.");
    expect(text).toContain("Ingen aftaler endnu.");
  });
});

describeReadingPdfs("renderKontraktPdf, in English", () => {
  it("has English headings and labels and still credits BFA", async () => {
    const file = await renderToFile(seedKontrakt({ locale: "en", leaderName: "Jane Doe" }));
    const text = flatText(file);

    expect(text).toContain(toolContentEn.kontraktTitle);
    for (const field of toolContentEn.kontraktFields) {
      expect(text).toContain(`${field.number}. ${field.title}`);
    }
    expect(text).not.toContain("Mål for din ledelsesopgave");
    expect(text).toContain("Prepared by Jane Doe");
    expect(text).toContain("Date: 10 March 2026");
    expect(text).toContain("Every 14 days from 3 March 2026");
    expect(text).toContain("Published by BFA Velfærd og Offentlig administration");
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toMatch(/Side \d af/);
    expect(pdfInfo(file).Title).toBe("Leader contract – Jane Doe");
    expect(readFileSync(file, "latin1")).toContain("/Lang (en)");
  });
});

describeReadingPdfs("renderKontraktPdf, a long kontrakt", () => {
  it("flows onto more pages, each with the credit and 'Side n af total'", async () => {
    const longGoals = Array.from(
      { length: 70 },
      (_, index) => `Mål nummer ${index + 1}: ${example("goals")[0]}`,
    );
    const file = await renderToFile(
      seedKontrakt({ texts: { ...seedKontrakt().texts, goals: longGoals.join("\n") } }),
    );
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);

    for (let page = 1; page <= pages; page += 1) {
      const text = flatText(file, page);
      expect(text).toContain(`Side ${page} af ${pages}`);
      expect(text).toContain("BFA Velfærd og Offentlig administration");
    }
    // Nothing is cut off at a page break.
    const all = flatText(file);
    expect(all).toContain("Mål nummer 70:");
    expect(all).toContain("Vi følger op på hvordan det går de sidste 5 minutter");
  });
});

describeReadingPdfs("renderKontraktPdf, for every name and every reader (issue 14, finding 4)", () => {
  const names = "Łukasz Wiśniewski Şükrü ığ € → ✓";
  let file = "";
  beforeAll(async () => {
    file = await renderToFile(
      seedKontrakt({
        leaderName: "Łukasz Wiśniewski",
        texts: { ...seedKontrakt().texts, goals: `Samarbejde med ${names}` },
      }),
    );
  });

  it("prints names from every European alphabet exactly, also the leader's own", () => {
    const text = flatText(file);
    expect(text).toContain(`Samarbejde med ${names}`);
    expect(text).toContain("Udarbejdet af Łukasz Wiśniewski");
    expect(pdfInfo(file).Title).toBe("Lederkontrakt – Łukasz Wiśniewski");
  });

  it("embeds every font it uses, as a subset with Unicode mappings", () => {
    const rows = runPoppler("pdffonts", [file]).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name type encoding emb sub uni object: the three yes/no columns must all say yes.
      expect(row, row).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
      expect(row).toContain("IBMPlexSans");
    }
  });

  it("is a tagged PDF 1.7 with the title shown, and its structure has the headings and a list", () => {
    const info = pdfInfo(file);
    expect(info.Tagged).toBe("yes");
    expect(info["PDF version"]).toBe("1.7");
    expect(info["Metadata Stream"]).toBe("yes");
    expect(readFileSync(file, "latin1")).toContain("/DisplayDocTitle true");
    const structure = runPoppler("pdfinfo", ["-struct-text", file]);
    expect(structure).toMatch(/H1 \(block\)\s+"Aftale med dig selv og med nærmeste leder/);
    for (const field of toolContentDa.kontraktFields) {
      expect(structure).toContain(`H2 (block)\n      "${field.number}. ${field.title}`);
    }
    expect(structure).toMatch(/LI \(block\)[\s\S]*Lbl[\s\S]*LBody/);
    // The footer is pagination, not content: a screen reader does not read it between paragraphs.
    expect(structure).not.toContain("Udgivet af BFA");
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
