import { useTranslation } from "~/i18n/translation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The page's language, for formatting dates in components. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
