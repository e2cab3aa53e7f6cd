import type { i18n as I18n, TFunction } from "i18next";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";

export interface Translation {
  t: TFunction;
  i18n: I18n;
  /** The language t translates to now. */
  language: string;
}

const TranslationContext = createContext<Translation | null>(null);

/**
 * Gives the page's i18next instance to every component below it, and re-renders them when the
 * language changes in the browser (root.tsx switches after a navigation that changed it). Our own
 * provider rather than react-i18next's: its useTranslation copies the instance on every call while
 * rendering on the server, which was a tenth of a page's server time (docs/decisions/020).
 */
export function TranslationProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const follow = (next: string) => setLanguage(next);
    i18n.on("languageChanged", follow);
    // A change between the first render and this effect would otherwise be missed.
    setLanguage(i18n.language);
    return () => i18n.off("languageChanged", follow);
  }, [i18n]);
  // The instance's own t, not getFixedT: a fixed t copies all of i18next's options on every call.
  // A new function per language, so components that keep t in a dependency list see the change.
  const value = useMemo(() => ({ t: i18n.t.bind(i18n) as TFunction, i18n, language }), [i18n, language]);
  return <TranslationContext value={value}>{children}</TranslationContext>;
}

/** `t` for the page's language, the language, and the i18next instance. */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (!translation) throw new Error("useTranslation is used outside a TranslationProvider");
  return translation;
}
