import type { UIMatch } from "react-router";

/**
 * The catalog's areas a browser may load (docs/decisions/045): each is a few whole top-level
 * namespaces, in app/i18n/catalogs/da/<area>.ts and en/<area>.ts. The area "server" (mails, the
 * PDF, calendar files, the data export) is not here: no browser ever loads it.
 */
export const TEXT_AREAS = [
  "core",
  "forms",
  "publicPages",
  "signIn",
  "account",
  "preparation",
  "agreements",
  "dialogue",
  "leaders",
  "figures",
  "admin",
  "signInSettings",
] as const;

export type TextArea = (typeof TEXT_AREAS)[number];

/**
 * A page route's `handle`: the areas whose texts it shows, beside "core" (the page frame, errors),
 * which every page has. The browser loads these before the page renders (root.tsx);
 * app/i18n/page-texts.test.ts checks each route lists every area its components use.
 */
export interface TextsHandle {
  texts: readonly TextArea[];
}

function isTextsHandle(handle: unknown): handle is TextsHandle {
  return typeof handle === "object" && handle !== null && Array.isArray((handle as TextsHandle).texts);
}

/** The areas the matched routes show, "core" first, in one fixed order (the same on server and client). */
export function pageTextAreas(matches: readonly Pick<UIMatch, "handle">[]): TextArea[] {
  const wanted = new Set<TextArea>(["core"]);
  for (const match of matches) {
    if (isTextsHandle(match.handle)) for (const area of match.handle.texts) wanted.add(area);
  }
  return TEXT_AREAS.filter((area) => wanted.has(area));
}

/** The areas the server named on the page (`<html data-texts="core forms">`), for the first render. */
export function textAreasFromAttribute(value: string | undefined): TextArea[] {
  const named = new Set((value ?? "").split(" "));
  return TEXT_AREAS.filter((area) => area === "core" || named.has(area));
}
