import type { i18n } from "i18next";
import { da } from "~/i18n/catalogs/da";
import { en } from "~/i18n/catalogs/en";
import { createI18n } from "~/i18n/create-i18n";
import type { Locale } from "~/i18n/locales";

const catalogs = { da, en } as const;

/** A fresh instance per request: i18next instances hold a current language and must not be shared. */
export function createServerI18n(locale: Locale): i18n {
  return createI18n(locale, catalogs[locale]);
}
