import { domainToASCII } from "node:url";
import publicMailDomains from "email-providers";

// The maintained list of free and disposable mail providers (the email-providers package, about
// 8,700 domains), not one typed by hand: nobody proves gmail.com, and nobody claims its people.
const PUBLIC_MAIL_DOMAINS = new Set(publicMailDomains.map((domain) => domain.toLowerCase()));

/** Whether the domain, or a domain it belongs to (mail.gmail.com), is a public mail provider. */
export function isPublicMailDomain(domain: string): boolean {
  const ascii = domainToASCII(domain) || domain;
  const labels = ascii.toLowerCase().split(".");
  return labels.some((_, index) => PUBLIC_MAIL_DOMAINS.has(labels.slice(index).join(".")));
}
