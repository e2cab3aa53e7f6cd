import { useTranslation } from "~/i18n/translation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The page's language, for formatting dates in components. */
export function useLocale(): Locale {
  const { language } = useTranslation();
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
