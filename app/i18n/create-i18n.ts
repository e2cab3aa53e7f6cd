import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Catalog } from "./catalogs/catalog";
import type { Locale } from "./locales";

/**
 * One i18next instance per request on the server (and one in the browser), initialised
 * synchronously from an already loaded catalog: no backend, nothing fetched at run time.
 */
export function createI18n(locale: Locale, catalog: Catalog): i18n {
  const instance = createInstance();
  instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: catalog } },
    initAsync: false,
    // React escapes what it renders; escaping here too would double-escape "&" in Danish names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
