import { createInstance } from "i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { da } from "./catalogs/da";
import { texts as daAdmin } from "./catalogs/da/admin";
import { texts as daCore } from "./catalogs/da/core";
import { en } from "./catalogs/en";
import { createI18n } from "./create-i18n";
import { formatWallTime } from "./format-date";
import type { Locale } from "./locales";

// Our translator (docs/decisions/050) against the real catalogs: the features they use, each with
// a case from them, and every text of both catalogs rendered as i18next 26 rendered it with the
// options the app had (create-i18n.ts before decision 050).

const catalogs = { da, en } as const;

function flatten(value: object, prefix = ""): [string, string][] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof child === "string" ? [[path, child] as [string, string]] : flatten(child, path);
  });
}

/** The options i18next had in the app before: only the resources differ per test. */
function referenceI18next(locale: Locale) {
  const instance = createInstance();
  instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: catalogs[locale] } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.services.formatter?.add("wallTime", (value: unknown) => formatWallTime(String(value), locale));
  return (key: string, values?: object) => String(instance.t(key as never, values as never));
}

const plain = (i18n: { t: unknown }) => i18n.t as (key: string, values?: object) => string;

afterEach(() => vi.restoreAllMocks());

describe("the translator, on texts from the catalogs", () => {
  const t = plain(createI18n("da", da));
  const tEn = plain(createI18n("en", en));

  it("finds a text by its dotted key", () => {
    expect(t("retention.title")).toBe("Opbevaring af afsluttede forløb");
    expect(tEn("retention.title")).toBe(en.retention.title);
  });

  it("fills in {{name}} wherever it stands, as often as it stands", () => {
    expect(t("nearestLeader.title", { name: "Søren & Co" })).toBe("Forbered dialogen med Søren & Co");
    expect(t("nearestLeader.intro", { name: "Hanne" }).match(/Hanne/g)).toHaveLength(3);
    expect(t("auth.forgot.sent", { email: "a@b.dk", minutes: 30 })).toContain(
      "konto med a@b.dk, har vi sendt et link. Linket virker i 30 minutter",
    );
  });

  it("writes {{time, wallTime}} as each language writes a time", () => {
    const values = { date: "15. december 2026", time: "10:00", location: "Mødelokale 2" };
    expect(t("nearestLeader.when", values)).toBe("15. december 2026 kl. 10.00 · Mødelokale 2");
    expect(tEn("nearestLeader.when", values)).toBe("15. december 2026 at 10:00 · Mødelokale 2");
  });

  it("writes {{count, number}} with each language's digit grouping, and picks the plural form by the count", () => {
    expect(t("rollout.historyWaiting", { count: 5100 })).toBe("5.100 venter på at blive sendt");
    expect(tEn("rollout.historyWaiting", { count: 5100 })).toBe("5,100 waiting to be sent");
    expect(t("rollout.queued", { count: 1 })).toMatch(/^Invitationen sendes nu til 1 leder\./);
    expect(t("rollout.queued", { count: 100000 })).toMatch(/^Invitationerne sendes nu til 100\.000 ledere\./);
  });

  it("picks _one for a count of one and _other for any other count, by the language's rule", () => {
    expect(t("retention.now", { count: 1 })).toBe("Lige nu slettes arkiverede forløb efter 1 måned.");
    expect(t("retention.now", { count: 0 })).toBe("Lige nu slettes arkiverede forløb efter 0 måneder.");
    expect(t("retention.now", { count: 24 })).toBe("Lige nu slettes arkiverede forløb efter 24 måneder.");
    expect(tEn("retention.now", { count: 1 })).toBe("Archived cycles are currently deleted after 1 month.");
    expect(tEn("retention.now", { count: 2 })).toBe("Archived cycles are currently deleted after 2 months.");
  });

  it("never reads a value it put in again: a typed {{x}} stays as typed", () => {
    expect(t("nearestLeader.title", { name: "{{name}} {{time, wallTime}}" })).toBe(
      "Forbered dialogen med {{name}} {{time, wallTime}}",
    );
  });

  it("leaves a placeholder not given as it is, and writes nothing for one given as undefined", () => {
    expect(t("nearestLeader.title")).toBe("Forbered dialogen med {{name}}");
    expect(t("nearestLeader.title", {})).toBe("Forbered dialogen med {{name}}");
    expect(t("nearestLeader.title", { name: undefined })).toBe("Forbered dialogen med ");
  });

  it("answers a key it does not have with the key, and says so in the browser", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(t("no.such.key")).toBe("no.such.key");
    expect(error).not.toHaveBeenCalled();
    const browser = plain(createI18n("da", daCore, { reportMissing: true }));
    expect(browser("retention.title")).toBe("retention.title");
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Missing text "retention.title"'));
  });

  it("says so when it is given an option of i18next's that it does not have", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    t("retention.title", { context: "formal" });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"context"'));
  });
});

describe("the browser's translator", () => {
  it("adds areas as they load, and switches language, telling who listens", () => {
    const i18n = createI18n("da", daCore, { reportMissing: true });
    const t = plain(i18n);
    i18n.addTexts("da", daAdmin);
    expect(t("retention.now", { count: 2 })).toBe("Lige nu slettes arkiverede forløb efter 2 måneder.");
    const heard: string[] = [];
    const stop = i18n.onLanguageChanged((locale) => heard.push(locale));
    i18n.addTexts("en", en);
    i18n.changeLanguage("en");
    expect(i18n.language).toBe("en");
    expect(t("retention.now", { count: 1 })).toBe("Archived cycles are currently deleted after 1 month.");
    stop();
    i18n.changeLanguage("da");
    expect(heard).toEqual(["en"]);
    expect(t("retention.title")).toBe(da.retention.title);
  });
});

describe("every text of both catalogs", () => {
  /** Only what the translator has: no nesting, context, other formats, unescaped or deep values. */
  it("uses no feature of i18next the translator does not have", () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const keys = flatten(catalog).map(([key]) => key);
      for (const [key, text] of flatten(catalog)) {
        expect(text, `${language} ${key}`).not.toMatch(/\$t\(|\{\{-/);
        for (const [, inside] of text.matchAll(/\{\{(.+?)\}\}/g)) {
          expect(inside, `${language} ${key}`).toMatch(/^\s*\w+\s*(,\s*(wallTime|number)\s*)?$/);
        }
        // A plural suffix comes with its pair; no other suffix of i18next's (_zero, _male, _ordinal…).
        const plural = /_(one|other)$/.exec(key);
        if (plural) {
          const base = key.slice(0, -plural[0].length);
          expect(keys, `${language} ${key}`).toContain(`${base}_${plural[1] === "one" ? "other" : "one"}`);
        }
        expect(key, `${language} ${key}`).not.toMatch(/_(zero|two|few|many|ordinal_\w+|male|female)$/);
        expect(key, `${language} ${key}`).not.toContain(":");
      }
    }
  });

  it("renders as i18next rendered it, in both languages, with every count a plural text may get", () => {
    let compared = 0;
    for (const locale of ["da", "en"] as const) {
      const ours = plain(createI18n(locale, catalogs[locale]));
      const theirs = referenceI18next(locale);
      const texts = flatten(catalogs[locale]);
      const keys = new Set(texts.map(([key]) => key.replace(/_(one|other)$/, "")));
      // Every placeholder any text has, each with its own value; a time as the forms send one.
      const values: Record<string, unknown> = {};
      for (const [, text] of texts) {
        for (const [, name = ""] of text.matchAll(/\{\{\s*(\w+)/g)) values[name] = `«${name}»`;
      }
      values.time = "14:30";
      for (const key of keys) {
        expect(ours(key), `${locale} ${key}`).toBe(theirs(key));
        for (const count of [undefined, 0, 1, 2, 5, 21]) {
          const given = count === undefined ? values : { ...values, count };
          expect(ours(key, given), `${locale} ${key} ${count}`).toBe(theirs(key, given));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2 * 6 * 1000);
  });
});
