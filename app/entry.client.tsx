import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { watchTypingBeforeHydration } from "~/features/autosave/typed-before-hydration";
import { createI18n } from "./i18n/create-i18n";
import { loadTexts } from "./i18n/load-texts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n/locales";
import { textAreasFromAttribute } from "./i18n/text-areas";
import { type LoadTexts, TranslationProvider } from "./i18n/translation";

// Only the page's areas of its language's catalog (named by the server on <html data-texts>) are
// downloaded, before hydration, so the first render in the browser matches the server's.
async function hydrate() {
  const root = document.documentElement;
  const locale = isLocale(root.lang) ? root.lang : DEFAULT_LOCALE;
  const i18n = createI18n(locale, {}, { reportMissing: true });
  const load: LoadTexts = (language: Locale, areas) => loadTexts(i18n, language, areas);
  await load(locale, textAreasFromAttribute(root.dataset.texts));
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <TranslationProvider i18n={i18n} loadTexts={load}>
          <HydratedRouter />
        </TranslationProvider>
      </StrictMode>,
    );
  });
}

// First of all: what is typed into a text while the catalog and the page's modules load must
// survive hydration (see typed-before-hydration.ts).
watchTypingBeforeHydration();
void hydrate();
