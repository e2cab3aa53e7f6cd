import type { i18n } from "i18next";
import { da } from "~/i18n/catalogs/da";
import { en } from "~/i18n/catalogs/en";
import { createI18n } from "~/i18n/create-i18n";
import type { Locale } from "~/i18n/locales";

const catalogs = { da, en } as const;
const instances = new Map<Locale, i18n>();

/**
 * The server's i18next instance for a language, made once and shared by every request and mail.
 * Sharing is safe because nothing on the server ever changes an instance's language (only the
 * browser's instance switches); making one per request was a twentieth of a page's server time.
 */
export function serverI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale, catalogs[locale]);
    instances.set(locale, instance);
  }
  return instance;
}
