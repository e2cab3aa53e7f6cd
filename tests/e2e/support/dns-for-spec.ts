import { test } from "@playwright/test";
import { startTestDnsServer, type TestDnsServer } from "../../support/dns-server";

/** Where the app's DNS_SERVERS points in the browser tests (playwright.config.ts says the same). */
export const E2E_DNS_PORT = Number(process.env.E2E_DNS_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 10000);

/**
 * A DNS server on loopback for the spec file that calls this: the app checks e-mail domain proofs
 * against it. Started before the spec's tests, closed after; the test sets the TXT records.
 */
export function answerDnsDuringSpec(): () => TestDnsServer {
  let dns: TestDnsServer | undefined;
  test.beforeAll(async () => {
    dns = await startTestDnsServer(E2E_DNS_PORT);
  });
  test.afterAll(async () => {
    await dns?.close();
  });
  return () => {
    if (!dns) throw new Error("the spec's DNS server is not running");
    return dns;
  };
}
