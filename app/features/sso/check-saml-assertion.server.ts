import { childElements, parseSamlXml } from "./saml-xml.server";

// Issue 13, finding 12: what node-saml leaves to the application, checked on what it verified. A
// captured assertion (no InResponseTo, the shape of an IdP-initiated response) wrapped in an
// attacker's unsigned envelope answering his own request signed him in as the victim: node-saml
// reads InResponseTo from the envelope, which nothing signs. Here the binding is the assertion's
// own bearer SubjectConfirmationData, inside the signature: Recipient our ACS, InResponseTo the
// request this attempt made, and a short NotOnOrAfter.

const ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
const PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
const DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
const BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
const SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";

/** SHA-256 or better (RSA, RSA-PSS, ECDSA); SHA-1 signatures can be forged by collision. */
const SIGNATURE_ALGORITHMS = new Set([
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
  "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
  "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
  "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
]);
const DIGEST_ALGORITHMS = new Set([
  "http://www.w3.org/2001/04/xmlenc#sha256",
  "http://www.w3.org/2001/04/xmldsig-more#sha384",
  "http://www.w3.org/2001/04/xmlenc#sha512",
]);

/** How long an assertion may be delivered after it was issued (SubjectConfirmationData). */
export const MAX_DELIVERY_WINDOW_MS = 10 * 60_000;
/** How long its Conditions may say it is valid: Entra ID's say one hour; two years is a stolen key's dream. */
export const MAX_CONDITIONS_LIFETIME_MS = 24 * 60 * 60_000;

export class SamlRefusal extends Error {
  override name = "SamlRefusal";
  constructor(
    reason: string,
    readonly failure: "rejected" | "cancelled" = "rejected",
  ) {
    super(reason);
  }
}

export interface SamlExpectations {
  acsUrl: string;
  requestId: string;
  idpIssuer: string | null;
  clockSkewMs: number;
  now?: Date;
}

export interface CheckedAssertion {
  assertionId: string;
  /** Until when the assertion could still be presented: remember its ID that long. */
  usableUntil: Date;
}

/**
 * `responseXml` is the whole response as posted (its envelope is not trusted); `assertionXml` is the
 * assertion as node-saml verified its signature. Both have passed the element budget.
 */
export function checkSamlAssertion(
  responseXml: string,
  assertionXml: string,
  expected: SamlExpectations,
  /** An encrypted assertion as decrypted, with its signature: the envelope does not show that one. */
  decryptedAssertionXml?: string,
): CheckedAssertion {
  const response = parseXml(responseXml);
  checkEnvelope(response, expected);
  if (decryptedAssertionXml) checkSignatureAlgorithms(parseXml(decryptedAssertionXml));
  const assertion = parseXml(assertionXml);
  if (assertion.localName !== "Assertion" || assertion.namespaceURI !== ASSERTION_NS) {
    throw new SamlRefusal("no verified assertion");
  }
  const assertionId = assertion.getAttribute("ID");
  const issuedAt = timeOf(assertion.getAttribute("IssueInstant"));
  if (!assertionId || issuedAt === null) throw new SamlRefusal("assertion without ID or IssueInstant");
  const now = (expected.now ?? new Date()).getTime();
  if (issuedAt > now + expected.clockSkewMs) throw new SamlRefusal("assertion issued in the future");
  const issuer = childElements(assertion, ASSERTION_NS, "Issuer")[0]?.textContent?.trim();
  if (expected.idpIssuer && issuer !== expected.idpIssuer)
    throw new SamlRefusal("assertion from another issuer");
  const deliverableUntil = checkBearerConfirmation(assertion, { ...expected, issuedAt, nowMs: now });
  const validUntil = checkConditions(assertion, issuedAt);
  return {
    assertionId,
    usableUntil: new Date(Math.max(deliverableUntil, validUntil ?? 0) + expected.clockSkewMs),
  };
}

/** Status Success, addressed to us, answering our request, and no signature weaker than SHA-256. */
function checkEnvelope(response: Element, expected: SamlExpectations): void {
  if (response.localName !== "Response" || response.namespaceURI !== PROTOCOL_NS) {
    throw new SamlRefusal("not a SAML Response");
  }
  const status = childElements(response, PROTOCOL_NS, "Status")[0];
  const code = status ? childElements(status, PROTOCOL_NS, "StatusCode")[0]?.getAttribute("Value") : null;
  if (code !== SUCCESS) throw new SamlRefusal(`status ${code ?? "missing"}`, "cancelled");
  const destination = response.getAttribute("Destination");
  if (destination && destination !== expected.acsUrl)
    throw new SamlRefusal("response for another destination");
  if (response.getAttribute("InResponseTo") !== expected.requestId) {
    throw new SamlRefusal("response answers another request");
  }
  checkSignatureAlgorithms(response);
}

/**
 * Every signature's SignatureMethod and every Reference's DigestMethod is SHA-256 or better. The
 * DigestMethod of an encrypted key (RSA-OAEP's, often SHA-1) is no signature and is not counted.
 */
function checkSignatureAlgorithms(root: Element): void {
  const check = (method: Element | null | undefined, allowed: Set<string>) => {
    const algorithm = method?.getAttribute("Algorithm") ?? "";
    if (!allowed.has(algorithm)) throw new SamlRefusal(`weak or unknown ${method?.localName} ${algorithm}`);
  };
  const signatureMethods = root.getElementsByTagNameNS(DSIG_NS, "SignatureMethod");
  for (let index = 0; index < signatureMethods.length; index++) {
    check(signatureMethods.item(index), SIGNATURE_ALGORITHMS);
  }
  const references = root.getElementsByTagNameNS(DSIG_NS, "Reference");
  for (let index = 0; index < references.length; index++) {
    const reference = references.item(index);
    const digests = reference ? childElements(reference, DSIG_NS, "DigestMethod") : [];
    if (digests.length !== 1) throw new SamlRefusal("reference without one DigestMethod");
    check(digests[0], DIGEST_ALGORITHMS);
  }
}

/** Returns until when the assertion may be delivered. */
function checkBearerConfirmation(
  assertion: Element,
  expected: SamlExpectations & { issuedAt: number; nowMs: number },
): number {
  const subject = childElements(assertion, ASSERTION_NS, "Subject")[0];
  const confirmations = subject ? childElements(subject, ASSERTION_NS, "SubjectConfirmation") : [];
  const bearer = confirmations.filter((confirmation) => confirmation.getAttribute("Method") === BEARER);
  if (bearer.length === 0) throw new SamlRefusal("no bearer SubjectConfirmation");
  for (const confirmation of bearer) {
    const data = childElements(confirmation, ASSERTION_NS, "SubjectConfirmationData")[0];
    if (!data) continue;
    const notOnOrAfter = timeOf(data.getAttribute("NotOnOrAfter"));
    const isBound =
      data.getAttribute("Recipient") === expected.acsUrl &&
      data.getAttribute("InResponseTo") === expected.requestId &&
      notOnOrAfter !== null &&
      notOnOrAfter - expected.issuedAt <= MAX_DELIVERY_WINDOW_MS &&
      expected.nowMs < notOnOrAfter + expected.clockSkewMs;
    if (isBound && notOnOrAfter !== null) return notOnOrAfter;
  }
  throw new SamlRefusal(
    "no bearer SubjectConfirmationData for our ACS, answering our request, with a short NotOnOrAfter",
  );
}

/** node-saml checks the time window itself; here only that it is bounded. Returns its end, if any. */
function checkConditions(assertion: Element, issuedAt: number): number | null {
  const conditions = childElements(assertion, ASSERTION_NS, "Conditions")[0];
  const notOnOrAfter = timeOf(conditions?.getAttribute("NotOnOrAfter") ?? null);
  if (notOnOrAfter === null) return null;
  const notBefore = timeOf(conditions?.getAttribute("NotBefore") ?? null) ?? issuedAt;
  if (notOnOrAfter - Math.min(notBefore, issuedAt) > MAX_CONDITIONS_LIFETIME_MS) {
    throw new SamlRefusal("assertion valid for too long");
  }
  return notOnOrAfter;
}

function parseXml(xml: string): Element {
  return parseSamlXml(
    xml,
    (message) => new SamlRefusal(message === undefined ? "empty XML" : `malformed XML: ${message}`),
  );
}

function timeOf(value: string | null): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}
