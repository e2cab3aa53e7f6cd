import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { createI18n } from "./i18n/create-i18n";
import { loadCatalog } from "./i18n/load-catalog";
import { DEFAULT_LOCALE, isLocale } from "./i18n/locales";
import { TranslationProvider } from "./i18n/translation";

// Only the catalog of the page's language is downloaded, before hydration, so the first render in
// the browser matches the server's.
async function hydrate() {
  const lang = document.documentElement.lang;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const i18n = createI18n(locale, await loadCatalog(locale));
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <TranslationProvider i18n={i18n}>
          <HydratedRouter />
        </TranslationProvider>
      </StrictMode>,
    );
  });
}

void hydrate();
