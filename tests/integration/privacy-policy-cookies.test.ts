import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { texts as daPublicPages } from "~/i18n/catalogs/da/public-pages";
import { texts as enPublicPages } from "~/i18n/catalogs/en/public-pages";
import { LOCALE_COOKIE } from "~/i18n/locales";

// The privacy policy names every cookie the app sets (a reviewer found two it left out): each
// signed cookie is made by createSignedCookie("<name>", …), and the language cookie is LOCALE_COOKIE.
const appDir = path.resolve(import.meta.dirname, "../../app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function cookieNamesInCode(): string[] {
  const names = new Set<string>([LOCALE_COOKIE]);
  for (const file of sourceFiles(appDir))
    for (const match of readFileSync(file, "utf8").matchAll(/createSignedCookie\("([^"]+)"/g))
      names.add(match[1] ?? "");
  return [...names].sort();
}

it("finds the cookies in the code (the scan itself works)", () => {
  expect(cookieNamesInCode()).toEqual(
    expect.arrayContaining(["lang", "ld_device", "ld_flash", "ld_session", "ld_sso"]),
  );
});

it.each([
  ["da", daPublicPages.privacy.cookies.text],
  ["en", enPublicPages.privacy.cookies.text],
])("names every cookie the app sets in the %s privacy policy", (_locale, text) => {
  const missing = cookieNamesInCode().filter((name) => !new RegExp(`\\b${name}\\b`).test(text));
  expect(missing).toEqual([]);
});
