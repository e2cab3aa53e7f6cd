import { createHash, X509Certificate } from "node:crypto";

/** At most this many signing certificates per identity provider: rollover needs two, a few to spare. */
export const MAX_IDP_CERTIFICATES = 4;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * The PEM certificates in a text, in order (the settings' field holds one or more, one after
 * another, for an identity provider's certificate rollover).
 */
export function splitPemCertificates(text: string | null | undefined): string[] {
  return (text ?? "").match(PEM_BLOCK) ?? [];
}

/** A certificate from metadata (base64 DER, maybe broken over lines) as PEM. */
export function pemFromBase64Certificate(base64: string): string {
  const body = base64.replace(/\s+/g, "");
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

/** The base64 DER body of a PEM certificate, as metadata carries it. */
export function base64OfPemCertificate(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
}

export function isValidCertificate(pem: string): boolean {
  try {
    new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}

/** SHA-256 fingerprint as colon-separated hex (what administrators compare), or of the text if unparsable. */
export function certificateFingerprint(pem: string): string {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return createHash("sha256").update(pem.replace(/\s+/g, "")).digest("hex");
  }
}
