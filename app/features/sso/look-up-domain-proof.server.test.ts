import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDnsServer, type TestDnsServer } from "../../../tests/support/dns-server";
import { lookUpDomainProof } from "./look-up-domain-proof.server";

// The proof is read through node:dns from a real DNS server on loopback (dns2), as DNS_SERVERS
// would point the app at one.
let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startTestDnsServer();
});
afterAll(async () => {
  await dns.close();
});

const lookUp = (domain: string, token = "abc123") =>
  lookUpDomainProof({ domain, token, dnsServers: [dns.address] });

describe("lookUpDomainProof", () => {
  it("finds the token at _lederdialog.<domain> or at the domain itself, among other records", async () => {
    dns.txt.set("_lederdialog.kommune.example", ["lederdialog-verification=abc123"]);
    dns.txt.set("region.example", ["v=spf1 -all", "lederdialog-verification=abc123"]);
    expect(await lookUp("kommune.example")).toBe("found");
    expect(await lookUp("region.example")).toBe("found");
  });

  it("says whether the record is missing, holds another token, or could not be looked up", async () => {
    dns.txt.set("andet.example", ["v=spf1 -all"]);
    dns.txt.set("_lederdialog.forkert.example", ["lederdialog-verification=someone-elses"]);
    dns.failing.add("_lederdialog.nede.example");
    dns.failing.add("nede.example");
    expect(await lookUp("ingen.example")).toBe("notFound");
    expect(await lookUp("andet.example")).toBe("notFound");
    expect(await lookUp("forkert.example")).toBe("wrongToken");
    expect(await lookUp("nede.example")).toBe("lookupFailed");
  });

  it("asks for an internationalised domain in its ASCII form", async () => {
    dns.txt.set("_lederdialog.xn--blegrd-luad.example", ["lederdialog-verification=abc123"]);
    expect(await lookUp("æblegård.example")).toBe("found");
  });
});
