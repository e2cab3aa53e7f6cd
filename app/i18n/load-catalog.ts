import type { Catalog } from "./catalogs/catalog";
import type { Locale } from "./locales";

/** In the browser, each catalog is its own chunk: a Danish page never downloads the English texts. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return locale === "en" ? (await import("./catalogs/en")).en : (await import("./catalogs/da")).da;
}
