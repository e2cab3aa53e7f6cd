import * as z from "zod/mini";
import { emailDomainOf, parseAccountEmail } from "~/platform/identity/account-email";

// The administrator's e-mail domains (/admin/log-ind/domaener). A domain is what follows the "@"
// of an address that the one address rule accepts, so a domain and its people's addresses always
// compare equal. Messages are catalog keys.

/** The domain in its canonical form (trimmed, lower-case, NFKC; a leading "@" is dropped), or null. */
export function parseEmailDomain(input: string): string | null {
  const domain = input.trim().replace(/^@/, "");
  if (domain.length === 0 || domain.includes("@")) return null;
  const email = parseAccountEmail(`postmaster@${domain}`);
  return email === null ? null : emailDomainOf(email);
}

const domain = z.pipe(
  z.string({ error: "domains.errors.required" }).check(
    z.trim(),
    z.minLength(1, { error: "domains.errors.required" }),
    z.maxLength(253, { error: "domains.errors.invalid" }),
    z.refine((value) => parseEmailDomain(value) !== null, { error: "domains.errors.invalid" }),
  ),
  z.transform((value: string) => parseEmailDomain(value) ?? value),
);

export const addEmailDomainSchema = z.object({ intent: z.literal("add"), domain });

/** "Check now" and "remove" name a domain already on the page. */
export const emailDomainActionSchema = z.object({
  intent: z.enum(["check", "remove"], { error: "domains.errors.required" }),
  domain,
});
