import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./require-user";

describe("safeRedirectPath", () => {
  it.each(["/min-lederdialog", "/min-lederdialog?x=1", "/om-vaerktoejet#trin", "/"])(
    "keeps the local path %j",
    (value) => {
      expect(safeRedirectPath(value)).toBe(value);
    },
  );

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "min-lederdialog",
    "",
    // Browsers drop tabs and newlines inside URLs, which would turn these into "//evil.example".
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n\\evil.example",
  ])("sends %j to the fallback instead of another site", (value) => {
    expect(safeRedirectPath(value)).toBe("/min-lederdialog");
  });

  it("falls back for values that are not text", () => {
    expect(safeRedirectPath(null)).toBe("/min-lederdialog");
    expect(safeRedirectPath(undefined)).toBe("/min-lederdialog");
    expect(safeRedirectPath(new File(["/min-lederdialog"], "redirect.txt"))).toBe("/min-lederdialog");
  });

  it("uses the given fallback", () => {
    expect(safeRedirectPath("//evil.example", "/")).toBe("/");
    expect(safeRedirectPath(null, "/")).toBe("/");
  });
});
