// The one rule for an e-mail address that becomes, or finds, an account — typed into a form,
// imported from a file, or asserted by an identity provider (issue 13, finding 14). A provider's
// "x@evil.test, y@kommune.dk" or "a@evil.test@kommune.dk" must never become an account in
// kommune.dk, and look-alike characters must not make a second account for the same person.

/** Letters, digits and the addr-spec's atext symbols; Unicode letters for internationalised addresses. */
const LOCAL_ATOM = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/u;
/** Control, format (zero-width, bidi), separator and other invisible characters. */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Z}\u115F\u1160\u3164\uFFA0]|\u034F|[\u180B-\u180F]|[\uFE00-\uFE0F]/u;

export const MAX_EMAIL_LENGTH = 254;

/**
 * The canonical form of an address: Unicode-normalised (NFKC, so the Kelvin sign is a "k"),
 * trimmed and lower-cased, with an internationalised domain in its ASCII form ("æble.dk" is
 * "xn--ble-xla.dk"): both spellings reach the same mailbox, so they must be one address (the second
 * review of issue 13). Every comparison and every stored address uses this form.
 */
export function normalizeEmail(email: string): string {
  const normalized = email.normalize("NFKC").trim().toLowerCase();
  const at = normalized.lastIndexOf("@");
  if (at < 0) return normalized;
  return `${normalized.slice(0, at + 1)}${asciiDomain(normalized.slice(at + 1))}`;
}

/** The domain as DNS knows it (IDNA through the WHATWG URL parser, in browsers and Node alike). */
function asciiDomain(domain: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is exactly what needs no conversion
  if (domain === "" || /^[\x00-\x7f]*$/.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return domain;
  }
}

/**
 * The address as one addr-spec in its canonical form, or null when it is not exactly one plain
 * address: no display name, no list, no quoted or commented parts, no invisible characters.
 */
export function parseAccountEmail(input: string): string | null {
  const email = normalizeEmail(input);
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH || INVISIBLE.test(email)) return null;
  const at = email.indexOf("@");
  if (at <= 0 || at !== email.lastIndexOf("@")) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !local.split(".").every((atom) => LOCAL_ATOM.test(atom))) return null;
  const labels = domain.split(".");
  if (domain.length > 253 || labels.length < 2) return null;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (!TOP_LEVEL.test(labels[labels.length - 1] ?? "")) return null;
  return email;
}

export function isAccountEmail(input: string): boolean {
  return parseAccountEmail(input) !== null;
}

/** The part after the "@" of a canonical address. */
export function emailDomainOf(email: string): string {
  const normalized = normalizeEmail(email);
  return normalized.slice(normalized.lastIndexOf("@") + 1);
}
