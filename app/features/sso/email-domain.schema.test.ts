import { describe, expect, it } from "vitest";
import { addEmailDomainSchema, parseEmailDomain } from "./email-domain.schema";

describe("the e-mail domain form", () => {
  it("takes a domain as its people's addresses have it", () => {
    expect(parseEmailDomain(" Kommune.DK ")).toBe("kommune.dk");
    expect(parseEmailDomain("@skole.kommune.dk")).toBe("skole.kommune.dk");
    // One form for an internationalised domain: the ASCII one DNS and mail use (xn--…).
    expect(parseEmailDomain("Æblegård.dk")).toBe("xn--blegrd-luad.dk");
  });

  it("refuses what is not one domain", () => {
    for (const value of [
      "",
      "kommune",
      "ikke et domæne",
      "a@b.dk",
      "kommune.dk, region.dk",
      "-x.dk",
      "x..dk",
    ]) {
      expect({ value, domain: parseEmailDomain(value) }).toEqual({ value, domain: null });
    }
    const result = addEmailDomainSchema.safeParse({ intent: "add", domain: "ikke et domæne" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "domains.errors.invalid",
    ]);
  });
});
