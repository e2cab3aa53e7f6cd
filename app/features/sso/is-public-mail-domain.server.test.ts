import { describe, expect, it } from "vitest";
import { isPublicMailDomain } from "./is-public-mail-domain.server";

describe("isPublicMailDomain", () => {
  it("knows the big providers and the Danish ones from the package's list", () => {
    for (const domain of ["gmail.com", "GMAIL.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk"]) {
      expect({ domain, isPublic: isPublicMailDomain(domain) }).toEqual({ domain, isPublic: true });
    }
  });

  it("refuses a provider's subdomains too, but not an organisation's own domain", () => {
    expect(isPublicMailDomain("mail.gmail.com")).toBe(true);
    for (const domain of ["aarhus.dk", "kk.dk", "gmail.com.kommune.dk", "region.dk"]) {
      expect({ domain, isPublic: isPublicMailDomain(domain) }).toEqual({ domain, isPublic: false });
    }
  });
});
