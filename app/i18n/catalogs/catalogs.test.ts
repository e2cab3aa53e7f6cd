import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { da } from "./da";
import { en } from "./en";

const APP_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** { auth: { signIn: { title: "…" } } } → Map { "auth.signIn.title" => "…" } */
function flatten(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, value);
  }
  return into;
}

const catalogs = { da: flatten(da), en: flatten(en) };

function placeholders(text: unknown): string[] {
  const names = [...String(text).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? "");
  return [...new Set(names)].sort();
}

/** Every .ts/.tsx file under app/ that ships: not tests, not the database layer. */
function appSourceFiles(dir = APP_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return full === path.join(APP_DIR, "platform", "db") ? [] : appSourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Keys used somewhere, mapped to the files (relative to app/) that use them. */
function usedKeys(files: string[], pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
      const key = match[2] ?? "";
      found.set(key, [...(found.get(key) ?? []), path.relative(APP_DIR, file)]);
    }
  }
  return found;
}

/** A key is there as itself, or (called with a count) as i18next's plural forms "_one" and "_other". */
function hasKey(catalog: Map<string, unknown>, key: string): boolean {
  if (typeof catalog.get(key) === "string") return true;
  return typeof catalog.get(`${key}_one`) === "string" && typeof catalog.get(`${key}_other`) === "string";
}

function missingFromCatalogs(keys: Map<string, string[]>): string[] {
  return [...keys]
    .filter(([key]) => !hasKey(catalogs.da, key) || !hasKey(catalogs.en, key))
    .map(([key, files]) => `${key} (used in ${files.join(", ")})`);
}

describe("the Danish and English catalogs", () => {
  it("have exactly the same keys: a key missing in one language fails", () => {
    const missingInEn = [...catalogs.da.keys()].filter((key) => !catalogs.en.has(key));
    const missingInDa = [...catalogs.en.keys()].filter((key) => !catalogs.da.has(key));
    expect(missingInEn, `keys in da.ts missing from en.ts: ${missingInEn.join(", ")}`).toEqual([]);
    expect(missingInDa, `keys in en.ts missing from da.ts: ${missingInDa.join(", ")}`).toEqual([]);
    expect(catalogs.da.size).toBeGreaterThan(50);
  });

  it("have no empty or non-text values", () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      const empty = [...catalog]
        .filter(([, value]) => typeof value !== "string" || value.trim() === "")
        .map(([key]) => key);
      expect(empty, `empty or non-string values in ${locale}.ts: ${empty.join(", ")}`).toEqual([]);
    }
  });

  it("use the same {{placeholders}} in both languages", () => {
    const mismatched = [...catalogs.da]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(catalogs.en.get(key)).join())
      .map(
        ([key, text]) =>
          `${key}: da {${placeholders(text).join(", ")}} vs en {${placeholders(catalogs.en.get(key)).join(", ")}}`,
      );
    expect(mismatched, `placeholders differ:\n${mismatched.join("\n")}`).toEqual([]);
    // The check sees placeholders at all.
    expect(placeholders(catalogs.da.get("auth.forgot.sent"))).toEqual(["email", "minutes"]);
  });
});

describe("keys used by the app", () => {
  const files = appSourceFiles();

  it('exist for every t("literal.key") call', () => {
    const keys = usedKeys(files, /(?<![\w$])t\(\s*(["'])([^"'\n]+)\1/g);
    expect(keys.size).toBeGreaterThan(20);
    const missing = missingFromCatalogs(keys);
    expect(missing, `t() keys missing from the catalogs:\n${missing.join("\n")}`).toEqual([]);
  });

  it('exist for every `error: "…"` message in the form schemas', () => {
    const schemaFiles = files.filter((file) => file.endsWith(".schema.ts"));
    const keys = usedKeys(schemaFiles, /\berror:\s*(["'])([^"'\n]+)\1/g);
    expect(keys.size).toBeGreaterThan(0);
    const missing = missingFromCatalogs(keys);
    expect(missing, `schema error keys missing from the catalogs:\n${missing.join("\n")}`).toEqual([]);
  });
});
