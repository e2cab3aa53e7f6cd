import { describe, expect, it } from "vitest";
import { normalizeEmail, parseAccountEmail } from "./account-email";

describe("one address rule for every account (issue 13, finding 14)", () => {
  it("accepts plain addresses in their canonical form", () => {
    expect(parseAccountEmail("  Lone.Hansen@Kommune.DK ")).toBe("lone.hansen@kommune.dk");
    expect(parseAccountEmail("søren+dialog@århus.dk")).toBe("søren+dialog@xn--rhus-poa.dk");
    expect(parseAccountEmail("a@xn--rhus-1ra.dk")).toBe("a@xn--rhus-1ra.dk");
  });

  it.each([
    "x@evil.test, y@kommune.dk",
    "a@evil.test@kommune.dk",
    "<x@evil.test>@kommune.dk",
    "Lone <lone@kommune.dk>",
    '"a b"@kommune.dk',
    "lone\u200B@kommune.dk",
    "lone@kommune\u200D.dk",
    "lo\u00ADne@kommune.dk",
    "lone@kommune",
    "lone@-kommune.dk",
    "lone..hansen@kommune.dk",
    ".lone@kommune.dk",
    "lone@kommune.dk.",
    "lone @kommune.dk",
    "lone@kommune.d",
    "",
    "@kommune.dk",
    `${"a".repeat(65)}@kommune.dk`,
  ])("refuses %j", (input) => {
    expect(parseAccountEmail(input)).toBeNull();
  });

  it("gives an internationalised domain in its one ASCII form: both spellings are one address", () => {
    expect(normalizeEmail("ny@æble.test")).toBe("ny@xn--ble-xla.test");
    expect(parseAccountEmail("ny@Æble.test")).toBe(parseAccountEmail("ny@xn--ble-xla.test"));
  });

  it("makes look-alikes the same address (NFKC): the Kelvin sign is a k", () => {
    expect(parseAccountEmail("\u212Aim@kommune.dk")).toBe("kim@kommune.dk");
    expect(normalizeEmail("ｌｏｎｅ@kommune.dk")).toBe("lone@kommune.dk");
  });
});
