import { da } from "~/i18n/catalogs/da";
import { en } from "~/i18n/catalogs/en";
import { createI18n, type I18n } from "~/i18n/create-i18n";
import type { Locale } from "~/i18n/locales";

const catalogs = { da, en } as const;
const instances = new Map<Locale, I18n>();

/**
 * The server's translator for a language, made once and shared by every request and mail.
 * Sharing is safe because nothing on the server ever changes its language (only the browser's
 * switches). A text asked for by its key alone is one lookup in a map of the flattened catalog
 * (create-i18n.ts), so it needs no cache of its own (decision 046 had one in front of i18next).
 */
export function serverI18n(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale, catalogs[locale]);
    instances.set(locale, instance);
  }
  return instance;
}
