import type { TFunction } from "i18next";
import type { Catalog } from "./catalogs/catalog";
import { formatNumber, formatWallTime } from "./format-date";
import type { Locale } from "./locales";

/**
 * The app's translator, one per language on the server and one in the browser. Our own rather than
 * i18next, which weighed 15 KB gzip on every page for what the catalogs use of it
 * (docs/decisions/050): a text by its dotted key; `{{name}}` filled in from the values;
 * `{{time, wallTime}}` written as the language writes a time; `{{count, number}}` with the language's
 * digit grouping (5.100 in Danish, 5,100 in English); and with a `count`, the plural form
 * `key_one` or `key_other` that the language's plural rule picks. The same code renders on the
 * server and in the browser, so hydration cannot differ. The types are still i18next's (type-only:
 * typed keys and values, i18next.d.ts); `create-i18n.test.ts` renders every text of both catalogs
 * with this and with i18next and finds them the same.
 */
export interface I18n {
  /** The language `t` translates to now. */
  readonly language: Locale;
  /** Bound: `const { t } = serverI18n(locale)` works. */
  readonly t: TFunction;
  /** Adds texts (a catalog, or areas of one) in a language; a key already there is replaced. */
  addTexts(locale: Locale, texts: object): void;
  /** The browser's: switches `t` to another language (its texts added first, load-texts.ts). */
  changeLanguage(locale: Locale): void;
  /** Calls `listener` after each change of language; returns the function that stops it. */
  onLanguageChanged(listener: (locale: Locale) => void): () => void;
}

/** `{{name}}` or `{{name, format}}`; a value put in is never read again, as in i18next. */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/**
 * Options of i18next's `t` that this translator does not have. Its types still accept them, so a
 * call that passes one is said as a console error (which fails every e2e test that meets it),
 * instead of silently rendering something else than i18next would.
 */
const UNSUPPORTED = ["context", "defaultValue", "returnObjects", "ordinal", "lng", "lngs", "ns", "replace"];

export function createI18n(
  locale: Locale,
  texts: Catalog | Partial<Catalog>,
  options: { reportMissing?: boolean } = {},
): I18n {
  const byLocale = new Map<Locale, Map<string, string>>();
  const plurals = new Map<Locale, Intl.PluralRules>();
  const listeners = new Set<(locale: Locale) => void>();
  let language = locale;

  const addTexts = (into: Locale, added: object) => {
    let flat = byLocale.get(into);
    if (!flat) {
      flat = new Map();
      byLocale.set(into, flat);
    }
    flatten(added, "", flat);
  };

  const pluralForm = (count: number) => {
    let rules = plurals.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      plurals.set(language, rules);
    }
    return rules.select(count);
  };

  const translate = (key: string, values?: Record<string, unknown>): string => {
    const flat = byLocale.get(language);
    const count = values?.count;
    let text = typeof count === "number" ? flat?.get(`${key}_${pluralForm(count)}`) : undefined;
    text ??= flat?.get(key);
    if (text === undefined) {
      // In the browser a text missing from the loaded areas is a route whose handle forgot an area
      // (text-areas.ts): said as a console error, which fails every e2e test that meets it.
      if (options.reportMissing) {
        console.error(
          `Missing text "${key}": is its area in the page route's handle (app/i18n/text-areas.ts)?`,
        );
      }
      return key;
    }
    if (!values) return text;
    for (const name of UNSUPPORTED) {
      if (name in values)
        console.error(`The text "${key}" was asked for with "${name}", which our translator does not have`);
    }
    return text.replace(PLACEHOLDER, (placeholder, inside: string) => {
      const [name = "", format] = inside.split(",").map((part) => part.trim());
      // Not given at all: left as it is (i18next's default); given as undefined or null: nothing.
      if (!Object.hasOwn(values, name)) return placeholder;
      const value = values[name];
      const written = value === undefined || value === null ? "" : String(value);
      // React escapes what it renders, so nothing is escaped here ("&" in Danish names).
      if (format === "wallTime") return formatWallTime(written, language);
      if (format === "number" && typeof value === "number") return formatNumber(value, language);
      return written;
    });
  };

  addTexts(locale, texts);
  return {
    get language() {
      return language;
    },
    t: translate as unknown as TFunction,
    addTexts,
    changeLanguage(next) {
      if (next === language) return;
      language = next;
      for (const listener of listeners) listener(next);
    },
    onLanguageChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** { auth: { signIn: { title: "…" } } } → "auth.signIn.title" => "…" */
function flatten(value: object, prefix: string, into: Map<string, string>): void {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === "string") into.set(path, child);
    else if (child !== null && typeof child === "object") flatten(child, path, into);
  }
}
