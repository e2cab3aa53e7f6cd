import { isHttpsOrLoopback } from "~/features/sso/sso-settings.schema";
import {
  isValidCertificate,
  MAX_IDP_CERTIFICATES,
  pemFromBase64Certificate,
} from "./saml-certificates.server";
import { childElements, parseSamlXml } from "./saml-xml.server";

// An identity provider's SAML metadata (KOMBIT's Context Handler, Entra ID's federation metadata),
// pasted or uploaded by the administrator: what we take from it is the entity ID, the single
// sign-on address for the HTTP-Redirect binding and every signing certificate. All or nothing: any
// missing or wrong part is an error naming it, and nothing of the file is used.

/** Entra ID's federation metadata is about 20 KB, KOMBIT's a few; far beyond either. */
export const MAX_IDP_METADATA_BYTES = 256 * 1024;

const MD_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
const DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
const HTTP_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/** Each names what is wrong; the catalog has a sentence for each under samlSetup.metadataErrors. */
export const IDP_METADATA_ERRORS = [
  "tooLarge",
  "notXml",
  "doctype",
  "noEntityDescriptor",
  "noEntityId",
  "noIdpDescriptor",
  "noRedirectService",
  "serviceNotHttps",
  "noSigningCertificate",
  "certificateInvalid",
  "tooManyCertificates",
] as const;
export type IdpMetadataError = (typeof IDP_METADATA_ERRORS)[number];

export interface IdpMetadata {
  entityId: string;
  ssoUrl: string;
  /** PEM, in the metadata's order. */
  certificates: string[];
}

export type ParsedIdpMetadata = { ok: true; metadata: IdpMetadata } | { ok: false; error: IdpMetadataError };

class MetadataError extends Error {
  constructor(readonly code: IdpMetadataError) {
    super(code);
  }
}

export function parseIdpMetadata(xml: string): ParsedIdpMetadata {
  try {
    return { ok: true, metadata: readMetadata(xml) };
  } catch (error) {
    if (error instanceof MetadataError) return { ok: false, error: error.code };
    throw error;
  }
}

function readMetadata(xml: string): IdpMetadata {
  if (Buffer.byteLength(xml, "utf8") > MAX_IDP_METADATA_BYTES) throw new MetadataError("tooLarge");
  // No DTD, no entities: metadata has no use for them, and they are how XML parsers are attacked.
  // Checked on the text, before any parser sees it (comments and CDATA may contain "<!").
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  if (/<!/.test(withoutComments)) throw new MetadataError("doctype");
  const root = parseXml(xml);
  if (root.localName !== "EntityDescriptor" || root.namespaceURI !== MD_NS) {
    throw new MetadataError("noEntityDescriptor");
  }
  const entityId = root.getAttribute("entityID")?.trim();
  if (!entityId || entityId.length > 2000) throw new MetadataError("noEntityId");
  const idp = childElements(root, MD_NS, "IDPSSODescriptor")[0];
  if (!idp) throw new MetadataError("noIdpDescriptor");

  // We send the AuthnRequest by redirect (the HTTP-Redirect binding); a provider that offers only
  // POST is named as such.
  const services = childElements(idp, MD_NS, "SingleSignOnService");
  const redirect = services.find((service) => service.getAttribute("Binding") === HTTP_REDIRECT);
  if (!redirect) throw new MetadataError("noRedirectService");
  const ssoUrl = redirect.getAttribute("Location")?.trim() ?? "";
  if (!isHttpsOrLoopback(ssoUrl) || ssoUrl.length > 2000) throw new MetadataError("serviceNotHttps");

  const certificates: string[] = [];
  for (const descriptor of childElements(idp, MD_NS, "KeyDescriptor")) {
    // A KeyDescriptor without `use` serves both signing and encryption.
    const use = descriptor.getAttribute("use");
    if (use && use !== "signing") continue;
    for (const element of Array.from(descriptor.getElementsByTagNameNS(DSIG_NS, "X509Certificate"))) {
      const pem = pemFromBase64Certificate(element.textContent ?? "");
      if (!isValidCertificate(pem)) throw new MetadataError("certificateInvalid");
      if (!certificates.includes(pem)) certificates.push(pem);
    }
  }
  if (certificates.length === 0) throw new MetadataError("noSigningCertificate");
  if (certificates.length > MAX_IDP_CERTIFICATES) throw new MetadataError("tooManyCertificates");
  return { entityId, ssoUrl, certificates };
}

function parseXml(xml: string): Element {
  return parseSamlXml(xml, () => new MetadataError("notXml"));
}
