import { describe, expect, it } from "vitest";
import { readLocaleCookie, resolveLocale } from "./resolve-locale.server";

const none = { userLocale: null, cookieLocale: null, acceptLanguage: null };

describe("resolveLocale", () => {
  it("uses the signed-in user's own setting before the cookie and the browser", () => {
    expect(resolveLocale({ userLocale: "en", cookieLocale: "da", acceptLanguage: "da" })).toBe("en");
    expect(resolveLocale({ userLocale: "da", cookieLocale: "en", acceptLanguage: "en" })).toBe("da");
  });

  it("uses the language cookie before the browser's Accept-Language", () => {
    expect(resolveLocale({ ...none, cookieLocale: "en", acceptLanguage: "da" })).toBe("en");
    expect(resolveLocale({ ...none, cookieLocale: "da", acceptLanguage: "en" })).toBe("da");
  });

  it("ignores an unsupported user setting or cookie and falls through", () => {
    expect(resolveLocale({ userLocale: "de", cookieLocale: "fr", acceptLanguage: "en" })).toBe("en");
  });

  it("is Danish when nothing says otherwise", () => {
    expect(resolveLocale(none)).toBe("da");
    expect(resolveLocale({ userLocale: undefined, cookieLocale: undefined, acceptLanguage: "" })).toBe("da");
  });

  it.each([
    ["en", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["da;q=0.5, en;q=0.9", "en"],
    ["en;q=0.5, da;q=0.9", "da"],
    ["de, en;q=0.8", "en"],
    ["de, en;q=0.8, da;q=0.7", "en"],
    ["en;q=0.8, da;q=0.8", "en"],
    ["fr", "da"],
    ["en;q=0", "da"],
    ["en;q=abc", "da"],
    [";;;,,,", "da"],
    ["*", "da"],
  ])("reads Accept-Language %j as %s", (header, expected) => {
    expect(resolveLocale({ ...none, acceptLanguage: header })).toBe(expected);
  });
});

describe("readLocaleCookie", () => {
  it.each([
    ["lang=en", "en"],
    ["ld_session=abc; lang=da", "da"],
    ["lang=en; theme=dark", "en"],
  ])("finds the language in %j", (header, expected) => {
    expect(readLocaleCookie(header)).toBe(expected);
  });

  it.each([null, "", "theme=dark", "xlang=en", "lang=english", "lang=EN"])(
    "finds no language in %j",
    (header) => {
      expect(readLocaleCookie(header)).toBeUndefined();
    },
  );
});
