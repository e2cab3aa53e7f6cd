import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n/locales";
import { readCookie } from "./read-cookie.server";

/**
 * The language of a response: the signed-in user's own setting, then the language cookie, then the
 * browser's Accept-Language (first supported entry by quality), then Danish.
 */
export function resolveLocale(options: {
  userLocale: string | null | undefined;
  cookieLocale: string | null | undefined;
  acceptLanguage: string | null | undefined;
}): Locale {
  if (isLocale(options.userLocale)) return options.userLocale;
  if (isLocale(options.cookieLocale)) return options.cookieLocale;
  return fromAcceptLanguage(options.acceptLanguage) ?? DEFAULT_LOCALE;
}

function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return {
        language: tag.trim().toLowerCase().split("-")[0] ?? "",
        quality: q ? Number(q.slice(2)) : 1,
        index,
      };
    })
    .filter((entry) => entry.language !== "" && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale);
}

/** The `lang` cookie's value when it looks like a language ("da"); it is unsigned, so nothing more. */
export function readLocaleCookie(cookieHeader: string | null): string | undefined {
  const value = readCookie(cookieHeader, "lang");
  return value && /^[a-z]{2}$/.test(value) ? value : undefined;
}
