import { describe, expect, it } from "vitest";
import { toolContentDa, toolContentEn } from "./tool-content";
import {
  EXPECTATION_SIDES,
  GUIDANCE_ROLE_IDS,
  KONTRAKT_FIELD_IDS,
  THEME_IDS,
  type ToolContent,
} from "./tool-types";

const locales: [string, ToolContent][] = [
  ["da", toolContentDa],
  ["en", toolContentEn],
];

describe.each(locales)("tool content (%s)", (_locale, content) => {
  it("has the interview guide's three themes with 5, 5 and 7 support questions", () => {
    expect(content.themes.map((theme) => theme.id)).toEqual([...THEME_IDS]);
    expect(content.themes.map((theme) => theme.number)).toEqual(["1", "2", "3"]);
    expect(content.themes.map((theme) => theme.supportQuestions.length)).toEqual([5, 5, 7]);
  });

  it("spreads the 45 minutes of preparation over the themes", () => {
    const minutes = content.themes.map((theme) => theme.suggestedMinutes);
    expect(minutes.every((m) => Number.isInteger(m) && m > 0)).toBe(true);
    expect(minutes.reduce((sum, m) => sum + m, 0)).toBe(45);
  });

  it("has the five agreement-template fields in order, agreements only where the seed makes them", () => {
    expect(content.kontraktFields.map((field) => field.id)).toEqual([...KONTRAKT_FIELD_IDS]);
    expect(content.kontraktFields.map((field) => field.number)).toEqual(["1", "2", "2", "3", "3"]);
    expect(content.kontraktFields.filter((field) => field.isAgreementList).map((field) => field.id)).toEqual([
      "agreementsWithSelf",
      "agreementsWithLeader",
    ]);
    for (const field of content.kontraktFields) expect(field.example.length).toBeGreaterThan(0);
  });

  it("has five guidance roles, exactly three of them main roles", () => {
    expect(content.guidanceRoles.map((role) => role.id)).toEqual([...GUIDANCE_ROLE_IDS]);
    expect(content.guidanceRoles.filter((role) => role.isMainRole).map((role) => role.id)).toEqual([
      "hr",
      "leadersOfLeaders",
      "leadersOfEmployees",
    ]);
  });

  it("has every side of the 'whole way round' figure", () => {
    expect(content.expectationSides.map((side) => side.id)).toEqual([...EXPECTATION_SIDES]);
  });

  it("lists the series with exactly this tool marked, all links over https", () => {
    expect(content.series.filter((tool) => tool.isThisTool)).toHaveLength(1);
    expect(content.series[1]?.isThisTool).toBe(true);
    for (const tool of content.series) expect(tool.url).toMatch(/^https:\/\/godtarbejdsmiljo\.dk\/[a-z-]+$/);
    expect(content.why.studyUrl).toBe("https://godtarbejdsmiljo.dk/lederundersogelse");
  });

  it("has no empty strings and no stray extraction artefacts", () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(content);
    for (const s of strings) {
      expect(s.trim(), "empty string").not.toBe("");
      expect(s, "whitespace at either end").toBe(s.trim());
      expect(s, "line break or double space").not.toMatch(/\n|\s{2}|\*/);
    }
  });
});

describe("Danish content keeps the seed's wording", () => {
  it("uses the seed's main questions for the interview guide", () => {
    expect(toolContentDa.themes.map((theme) => theme.mainQuestion)).toEqual([
      "Hvilke mål skal du lykkes med det kommende halv/ hele år som leder?",
      "Hvad er vigtigt for dig for at styrke dit psykiske arbejdsmiljø og passe godt på dig selv?",
      "Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?",
    ]);
    expect(toolContentDa.themes.map((theme) => theme.title)).toEqual([
      "Mål for din ledelsesopgave",
      "Dit psykiske arbejdsmiljø som leder og aftale med dig selv",
      "Aftale og løbende dialog med din nærmeste leder",
    ]);
  });

  it("takes the support questions from the authoritative block, not the garbled one", () => {
    const questions = toolContentDa.themes.flatMap((theme) => theme.supportQuestions);
    for (const q of questions) {
      expect(q).not.toContain("forudsætnings");
      expect(q).not.toContain("arbejdsforholdet");
    }
    expect(toolContentDa.themes[0]?.supportQuestions[0]).toContain(
      "Brug figuren til at komme hele vejen rundt.",
    );
  });

  it("asks for goals over 6-12 months on the agreement template", () => {
    expect(toolContentDa.kontraktFields[0]?.question).toBe(
      "Hvilke mål skal du lykkes med i de kommende 6-12 måneder som leder?",
    );
  });

  it("fixes the seed's doubled word and the extraction artefacts in the colophon", () => {
    expect(toolContentDa.goal.join(" ")).not.toContain("både både");
    expect(toolContentDa.colophon.publisher).toBe(
      "BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration",
    );
    expect(toolContentDa.colophon.address[0]).toBe("Studiestræde 3, 3.sal");
    expect(toolContentDa.colophon.isbn).toBe("978-87-7590-010-7");
  });
});

describe("English content mirrors the Danish", () => {
  const da = toolContentDa;
  const en = toolContentEn;

  it("has the same array lengths everywhere", () => {
    expect(en.directions).toHaveLength(da.directions.length);
    expect(en.goal).toHaveLength(da.goal.length);
    expect(en.quotes).toHaveLength(da.quotes.length);
    expect(en.why.findings).toHaveLength(da.why.findings.length);
    expect(en.targetGroup).toHaveLength(da.targetGroup.length);
    expect(en.processSteps).toHaveLength(da.processSteps.length);
    expect(en.importantAgreementExamples).toHaveLength(da.importantAgreementExamples.length);
    expect(en.guidanceIntro).toHaveLength(da.guidanceIntro.length);
    expect(en.guidanceRoles).toHaveLength(da.guidanceRoles.length);
    expect(en.themes).toHaveLength(da.themes.length);
    da.themes.forEach((theme, i) => {
      expect(en.themes[i]?.supportQuestions).toHaveLength(theme.supportQuestions.length);
      expect(en.themes[i]?.suggestedMinutes).toBe(theme.suggestedMinutes);
    });
    expect(en.expectationSides).toHaveLength(da.expectationSides.length);
    expect(en.kontraktFields).toHaveLength(da.kontraktFields.length);
    da.kontraktFields.forEach((field, i) => {
      expect(en.kontraktFields[i]?.example).toHaveLength(field.example.length);
    });
    expect(en.inviteSteps).toHaveLength(da.inviteSteps.length);
    expect(en.colophon.address).toHaveLength(da.colophon.address.length);
    expect(en.colophon.steeringGroup).toHaveLength(da.colophon.steeringGroup.length);
    expect(en.colophon.credits).toHaveLength(da.colophon.credits.length);
    expect(en.series).toHaveLength(da.series.length);
  });

  it("keeps ids, flags, numbers, links and names identical", () => {
    const shape = (c: ToolContent) => ({
      themes: c.themes.map(({ id, number }) => ({ id, number })),
      fields: c.kontraktFields.map(({ id, number, isAgreementList }) => ({ id, number, isAgreementList })),
      roles: c.guidanceRoles.map(({ id, isMainRole }) => ({ id, isMainRole })),
      sides: c.expectationSides.map(({ id }) => id),
      series: c.series.map(({ url, isThisTool }) => ({ url, isThisTool })),
      steps: c.processSteps.map(({ number }) => number),
      studyUrl: c.why.studyUrl,
      publisher: c.colophon.publisher,
      steeringGroup: c.colophon.steeringGroup,
      isbn: c.colophon.isbn,
    });
    expect(shape(en)).toEqual(shape(da));
  });

  it("uses the app's chosen terms", () => {
    expect(en.title).toContain("nearest leader");
    expect(en.processSteps[1]?.title).toContain("leader contract");
    expect(en.themes[1]?.mainQuestion).toContain("psychological work environment");
  });
});
