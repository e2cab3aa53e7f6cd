import type { TFunction } from "i18next";
import { createContext, type ReactNode, use, useContext, useEffect, useMemo, useState } from "react";
import type { I18n } from "./create-i18n";
import { isLocale, type Locale } from "./locales";
import type { TextArea } from "./text-areas";

export interface Translation {
  t: TFunction;
  i18n: I18n;
  /** The language t translates to now. */
  language: Locale;
  /**
   * The browser's: fetches areas of the catalog the translator does not have yet (load-texts.ts);
   * undefined when it has them. Absent on the server, which has every text.
   */
  loadTexts?: LoadTexts;
}

export type LoadTexts = (locale: Locale, areas: readonly TextArea[]) => Promise<void> | undefined;

const TranslationContext = createContext<Translation | null>(null);

/**
 * Gives the page's translator (create-i18n.ts) to every component below it, and re-renders them when the
 * language changes in the browser (root.tsx switches after a navigation that changed it). Our own
 * provider rather than react-i18next's: its useTranslation copies the instance on every call while
 * rendering on the server, which was a tenth of a page's server time (docs/decisions/020).
 */
export function TranslationProvider({
  i18n,
  loadTexts,
  children,
}: {
  i18n: I18n;
  loadTexts?: LoadTexts;
  children: ReactNode;
}) {
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const stop = i18n.onLanguageChanged(setLanguage);
    // A change between the first render and this effect would otherwise be missed.
    setLanguage(i18n.language);
    return stop;
  }, [i18n]);
  // A new function per language, so components that keep t in a dependency list see the change.
  const value = useMemo(() => {
    const translate = i18n.t as unknown as (key: string, values?: object) => string;
    const t = ((key: string, values?: object) => translate(key, values)) as unknown as TFunction;
    return { t, i18n, language, loadTexts };
  }, [i18n, language, loadTexts]);
  return <TranslationContext value={value}>{children}</TranslationContext>;
}

/** `t` for the page's language, the language, and the translator. */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (!translation) throw new Error("useTranslation is used outside a TranslationProvider");
  return translation;
}

/**
 * Waits (suspends) until the page's areas of the catalog are there in the page's language. The
 * first page's are loaded before hydration (entry.client.tsx), so only a navigation to a page with
 * an area not seen yet waits; React Router navigates in a transition, so the old page stays
 * meanwhile, and nothing renders with a text missing.
 */
export function usePageTexts(areas: readonly TextArea[]): void {
  const { loadTexts, language } = useTranslation();
  const pending = loadTexts && isLocale(language) ? loadTexts(language, areas) : undefined;
  if (pending) use(pending);
}
