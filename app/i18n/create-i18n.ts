import { createInstance, type i18n } from "i18next";
import type { Catalog } from "./catalogs/catalog";
import { formatWallTime } from "./format-date";
import type { Locale } from "./locales";

/**
 * An i18next instance for one language (one per language on the server, one in the browser),
 * initialised synchronously from an already loaded catalog: no backend, nothing fetched at run time.
 */
export function createI18n(locale: Locale, catalog: Catalog): i18n {
  const instance = createInstance();
  instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: catalog } },
    initAsync: false,
    // React escapes what it renders; escaping here too would double-escape "&" in Danish names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // `{{time, wallTime}}`: a chosen time written as the language writes it ("kl. 10.00").
  instance.services.formatter?.add("wallTime", (value: unknown) => formatWallTime(String(value), locale));
  return instance;
}
