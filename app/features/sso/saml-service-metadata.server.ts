import type { SamlServiceKey } from "~/platform/db/tables/sso.table";
import { escapeHtml as escapeXml } from "~/platform/mail/escape-html.server";
import { base64OfPemCertificate } from "./saml-certificates.server";

const PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
const HTTP_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
// What node-saml's decryption (xml-encryption) accepts, the strongest first.
const ENCRYPTION_METHODS = [
  "http://www.w3.org/2009/xmlenc11#aes256-gcm",
  "http://www.w3.org/2009/xmlenc11#aes128-gcm",
  "http://www.w3.org/2001/04/xmlenc#aes256-cbc",
  "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
];

/**
 * Our SAML metadata as OIOSAML 3 (KOMBIT's Context Handler) asks for it: AuthnRequests signed,
 * assertions signed, a signing KeyDescriptor for the current key and a waiting next one, an
 * encryption KeyDescriptor for every key we can decrypt with (current first: identity providers
 * take the first), the persistent NameID format, the ACS (HTTP-POST) and a technical contact.
 * Built by hand because node-saml's generator publishes one encryption key only (no rollover).
 */
export function samlServiceMetadata(options: {
  entityId: string;
  acsUrl: string;
  keys: SamlServiceKey[];
  contactEmail: string | null;
  organisationName: string;
}): string {
  const keyDescriptor = (use: "signing" | "encryption", key: SamlServiceKey) =>
    `    <md:KeyDescriptor use="${use}">\n` +
    `      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${base64OfPemCertificate(key.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n` +
    (use === "encryption"
      ? ENCRYPTION_METHODS.map((method) => `      <md:EncryptionMethod Algorithm="${method}"/>\n`).join("")
      : "") +
    "    </md:KeyDescriptor>\n";
  const signing = options.keys.filter((key) => key.role !== "previous");
  const contact = options.contactEmail
    ? `  <md:ContactPerson contactType="technical">\n` +
      `    <md:Company>${escapeXml(options.organisationName)}</md:Company>\n` +
      `    <md:EmailAddress>mailto:${escapeXml(options.contactEmail)}</md:EmailAddress>\n` +
      "  </md:ContactPerson>\n"
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(options.entityId)}">\n` +
    '  <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n' +
    signing.map((key) => keyDescriptor("signing", key)).join("") +
    options.keys.map((key) => keyDescriptor("encryption", key)).join("") +
    `    <md:NameIDFormat>${PERSISTENT}</md:NameIDFormat>\n` +
    `    <md:AssertionConsumerService index="0" isDefault="true" Binding="${HTTP_POST}" Location="${escapeXml(options.acsUrl)}"/>\n` +
    "  </md:SPSSODescriptor>\n" +
    contact +
    "</md:EntityDescriptor>\n"
  );
}
