import { createInstance, type i18n } from "i18next";
import type { Catalog } from "./catalogs/catalog";
import { formatWallTime } from "./format-date";
import type { Locale } from "./locales";

/**
 * An i18next instance for one language (one per language on the server, one in the browser),
 * initialised synchronously from texts already loaded: the whole catalog on the server, the first
 * page's areas in the browser (which adds more as pages need them, load-texts.ts).
 */
export function createI18n(
  locale: Locale,
  texts: Catalog | Partial<Catalog>,
  options: { reportMissing?: boolean } = {},
): i18n {
  const instance = createInstance();
  instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: texts } },
    // In the browser a text missing from the loaded areas is a route whose handle forgot an area
    // (text-areas.ts): said as a console error, which fails every e2e test that meets it.
    saveMissing: options.reportMissing === true,
    missingKeyHandler: (_languages, _namespace, key) => {
      console.error(
        `Missing text "${key}": is its area in the page route's handle (app/i18n/text-areas.ts)?`,
      );
    },
    initAsync: false,
    // React escapes what it renders; escaping here too would double-escape "&" in Danish names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // `{{time, wallTime}}`: a chosen time written as the language writes it ("kl. 10.00").
  instance.services.formatter?.add("wallTime", (value: unknown) => formatWallTime(String(value), locale));
  return instance;
}
