import { describe, expect, it } from "vitest";
import { toolContentEn } from "../../content/tool-content";
import { createI18n } from "../create-i18n";
import { formatWallTime } from "../format-date";
import { da } from "./da";
import { en } from "./en";

// Issue 15, item 11: a dialogue's chosen time was shown "kl. 10:00" beside "kl. 15.43" from the date
// formatter. Danish writes "kl. 10.00"; every time in a text goes through the one formatter.

function strings(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, prefix ? `${prefix}.${key}` : key));
}

const SAMPLE = { date: "15. december 2026", time: "10:00", location: "Mødelokale 2", minutes: 45 };

describe("times in the catalogs", () => {
  it("writes no Danish time with a colon, in the catalog or rendered with a time filled in", () => {
    const i18n = createI18n("da", da);
    const colonTime = /kl\. \d{1,2}:\d\d/;
    for (const [key, text] of strings(da)) {
      expect(text, key).not.toMatch(colonTime);
      expect(String(i18n.t(key as never, SAMPLE as never)), key).not.toMatch(colonTime);
    }
  });

  it("passes every wall time in a text through the formatter, in both languages", () => {
    for (const [language, catalog] of [
      ["da", da],
      ["en", en],
    ] as const) {
      for (const [key, text] of strings(catalog)) {
        expect(text, `${language} ${key}`).not.toMatch(/(kl\.|\bat) \{\{time\}\}/);
      }
    }
  });

  it("renders a dialogue's time as each language writes it", () => {
    expect(createI18n("da", da).t("meeting.when", SAMPLE)).toBe("kl. 10.00, 45 minutter · Mødelokale 2");
    expect(createI18n("en", en).t("meeting.when", SAMPLE)).toBe("at 10:00, 45 minutes · Mødelokale 2");
  });
});

describe("formatWallTime", () => {
  it("writes Danish times with a full stop and English ones with a colon", () => {
    expect(formatWallTime("09:05", "da")).toBe("09.05");
    expect(formatWallTime("14:30", "en")).toBe("14:30");
  });

  it("leaves anything that is not a time as it is", () => {
    expect(formatWallTime("", "da")).toBe("");
    expect(formatWallTime("efter frokost", "da")).toBe("efter frokost");
  });
});

describe("English names for the tool's things", () => {
  const texts = [...strings(en), ...strings(toolContentEn)].map(([, text]) => text);

  it("calls the lederkontrakt a leader contract, never a kontrakt", () => {
    expect(texts.filter((text) => /\bkontrakts?\b/i.test(text))).toEqual([]);
  });

  it("has one name for the 'hele vejen rundt' figure: all the way round", () => {
    expect(texts.filter((text) => /whole way round/i.test(text))).toEqual([]);
    expect(en.prepare.wholeWayTitle).toBe("All the way round");
  });
});
