import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect-path.server";

const origin = "https://lederdialog.example.dk";
const safe = (value: FormDataEntryValue | string | null | undefined, fallback?: string) =>
  safeRedirectPath(value, { origin, fallback });

/** Pages a browser could be on when it reads the Location: it resolves against the page, not the root. */
const PAGES = [`${origin}/`, `${origin}/log-ind?redirectTo=x`, `${origin}/a/b/c/`, `${origin}/sso/demo`];

/** What the browser would do with the answer: every page must stay on the app's own origin. */
function expectSameOrigin(location: string): void {
  for (const page of PAGES) expect(new URL(location, page).origin).toBe(origin);
}

// The pieces open redirects are made of: separators, dot segments (plain and percent-encoded),
// what browsers drop (tabs, newlines) or read as "/" (backslash), userinfo and scheme markers.
const piece = fc.constantFrom(
  "/",
  "\\",
  ".",
  "..",
  "%2e",
  "%2E",
  "%2f",
  "%2F",
  "%5c",
  "\t",
  "\n",
  "\r",
  "//",
  "@",
  ":",
  "?",
  "#",
  " ",
  "\u0000",
  "evil.test",
  "lederdialog.example.dk",
  "https:",
  "javascript:",
  "min-lederdialog",
);
const crafted = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  crafted,
  crafted.map((s) => `/${s}`),
);

describe("safeRedirectPath", () => {
  it.each([
    "/min-lederdialog",
    "/min-lederdialog?x=1",
    "/om-vaerktoejet#trin",
    "/",
    "/min-lederdialog/dialog?delt=1#deling",
  ])("keeps the local path %j", (value) => {
    expect(safe(value)).toBe(value);
  });

  it("normalises a local path the way a browser would", () => {
    expect(safe("/a/../min-lederdialog")).toBe("/min-lederdialog");
    expect(safe("/✓?x=æ")).toBe("/%E2%9C%93?x=%C3%A6");
    expect(safe(`${origin}/min-lederdialog?x=1`)).toBe("/min-lederdialog?x=1");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "min-lederdialog",
    "",
    // Issue 13: dot segments are resolved by the parser, after a check of the raw text would have passed.
    "/.//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/..//evil.example",
    "/./\\evil.example",
    // Browsers drop tabs and newlines inside URLs, which would turn these into "//evil.example".
    "/\t/evil.example",
    "/\n/evil.example",
    "/.\t//evil.example",
    "/\r\n\\evil.example",
    "https://lederdialog.example.dk.evil.example/",
    "https://lederdialog.example.dk@evil.example/",
    "http://lederdialog.example.dk/", // another origin: the scheme differs
  ])("sends %j to the fallback instead of another site", (value) => {
    expect(safe(value)).toBe("/min-lederdialog");
  });

  it("falls back for an address longer than any of the app's (the Location stays small)", () => {
    expect(safe(`/${"a".repeat(2001)}`)).toBe("/min-lederdialog");
  });

  it("falls back for values that are not text", () => {
    expect(safe(null)).toBe("/min-lederdialog");
    expect(safe(undefined)).toBe("/min-lederdialog");
    expect(safe(new File(["/min-lederdialog"], "redirect.txt"))).toBe("/min-lederdialog");
  });

  it("uses the given fallback", () => {
    expect(safe("//evil.example", "/")).toBe("/");
    expect(safe(null, "")).toBe("");
  });

  it("property: whatever it is given, the Location it answers stays on the app's origin", () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const location = safe(value);
        expectSameOrigin(location);
        // Nothing a browser could read as protocol-relative, nor characters it would drop or rewrite.
        expect(location).toMatch(/^\/(?![/\\])/);
        expect(location).not.toMatch(/[\\\p{Cc} ]/u);
      }),
      { numRuns: 5000 },
    );
  });

  it("property: a path it answers is answered again unchanged (it is already normal)", () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const location = safe(value, "");
        if (location !== "") expect(safe(location, "")).toBe(location);
      }),
      { numRuns: 5000 },
    );
  });

  it("property: a plain local path is kept as the URL parser writes it", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.option(segment),
        (segments, query) => {
          const value = `/${segments.join("/")}${query ? `?q=${query}` : ""}`;
          expect(safe(value)).toBe(value);
        },
      ),
    );
  });
});
