import type { I18n } from "./create-i18n";
import type { Locale } from "./locales";
import type { TextArea } from "./text-areas";

// The browser's texts, area by area: each area of each language is its own chunk, fetched the first
// time a page shows it (docs/decisions/045). A Danish page never downloads English texts, and no
// page downloads the texts of pages it is not. The server has every text (app/i18n/server-i18n.server.ts).

type AreaModule = Promise<{ texts: Record<string, unknown> }>;

const AREAS: Record<Locale, Record<TextArea, () => AreaModule>> = {
  da: {
    core: () => import("./catalogs/da/core"),
    forms: () => import("./catalogs/da/forms"),
    publicPages: () => import("./catalogs/da/public-pages"),
    signIn: () => import("./catalogs/da/sign-in"),
    account: () => import("./catalogs/da/account"),
    preparation: () => import("./catalogs/da/preparation"),
    agreements: () => import("./catalogs/da/agreements"),
    dialogue: () => import("./catalogs/da/dialogue"),
    leaders: () => import("./catalogs/da/leaders"),
    figures: () => import("./catalogs/da/figures"),
    admin: () => import("./catalogs/da/admin"),
    signInSettings: () => import("./catalogs/da/sign-in-settings"),
  },
  en: {
    core: () => import("./catalogs/en/core"),
    forms: () => import("./catalogs/en/forms"),
    publicPages: () => import("./catalogs/en/public-pages"),
    signIn: () => import("./catalogs/en/sign-in"),
    account: () => import("./catalogs/en/account"),
    preparation: () => import("./catalogs/en/preparation"),
    agreements: () => import("./catalogs/en/agreements"),
    dialogue: () => import("./catalogs/en/dialogue"),
    leaders: () => import("./catalogs/en/leaders"),
    figures: () => import("./catalogs/en/figures"),
    admin: () => import("./catalogs/en/admin"),
    signInSettings: () => import("./catalogs/en/sign-in-settings"),
  },
};

interface Loaded {
  /** Each area's fetch, by "<locale>:<area>", so a second page asking for it waits for the same one. */
  loading: Map<string, Promise<void>>;
  /** The areas whose texts the translator has. */
  added: Set<string>;
  /** What a render waits for, by "<locale>:<areas>": the same promise each time it asks (React's `use`). */
  waiting: Map<string, Promise<void>>;
}

const loadedBy = new WeakMap<I18n, Loaded>();

/**
 * Adds the areas' texts in the language to the translator: undefined when they are all there already
 * (so a render goes on at once), else a promise that settles once they are.
 */
export function loadTexts(i18n: I18n, locale: Locale, areas: readonly TextArea[]): Promise<void> | undefined {
  let loaded = loadedBy.get(i18n);
  if (!loaded) {
    loaded = { loading: new Map(), added: new Set(), waiting: new Map() };
    loadedBy.set(i18n, loaded);
  }
  const { loading, added, waiting } = loaded;
  const pending: Promise<void>[] = [];
  for (const area of areas) {
    const key = `${locale}:${area}`;
    if (added.has(key)) continue;
    let fetching = loading.get(key);
    if (!fetching) {
      fetching = AREAS[locale][area]().then(({ texts }) => {
        i18n.addTexts(locale, texts);
        added.add(key);
      });
      // A failed fetch (offline) is tried again on the next page instead of being remembered.
      fetching.catch(() => loading.delete(key));
      loading.set(key, fetching);
    }
    pending.push(fetching);
  }
  if (pending.length === 0) return undefined;
  const waitKey = `${locale}:${areas.join(" ")}`;
  let wait = waiting.get(waitKey);
  if (!wait) {
    wait = Promise.all(pending).then(() => undefined);
    const forget = () => waiting.delete(waitKey);
    wait.then(forget, forget);
    waiting.set(waitKey, wait);
  }
  return wait;
}
