import type { i18n, TFunction } from "i18next";
import { da } from "~/i18n/catalogs/da";
import { en } from "~/i18n/catalogs/en";
import { createI18n } from "~/i18n/create-i18n";
import type { Locale } from "~/i18n/locales";

const catalogs = { da, en } as const;
const instances = new Map<Locale, i18n>();
/** More than the catalog has keys: a bound, should a key ever be made from something variable. */
const MAX_REMEMBERED = 10_000;

/**
 * The server's i18next instance for a language, made once and shared by every request and mail.
 * Sharing is safe because nothing on the server ever changes an instance's language (only the
 * browser's instance switches); making one per request was a twentieth of a page's server time.
 */
export function serverI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = rememberPlainTexts(createI18n(locale, catalogs[locale]));
    instances.set(locale, instance);
  }
  return instance;
}

/**
 * A text asked for by its key alone is the same every time on the server (its instance's language
 * and catalog never change), so it is looked up once: i18next resolves each call anew — key path,
 * fallbacks, nesting, interpolation — and that was a tenth of a page's server time (decision 046).
 * Calls with options (values, a count, a default) are passed through unchanged.
 */
function rememberPlainTexts(instance: i18n): i18n {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const known = new Map<string, unknown>();
  instance.t = ((...args: unknown[]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== "string") return translate(...args);
    let text = known.get(key);
    if (text === undefined) {
      text = translate(key);
      if (known.size < MAX_REMEMBERED) known.set(key, text);
    }
    return text;
  }) as unknown as TFunction;
  return instance;
}
