import { generateKeyPair, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import forge from "node-forge";

const generateRsaKeyPair = promisify(generateKeyPair);

/** Long enough that nobody has to rotate for the certificate's sake; rotation is for the key. */
const CERTIFICATE_YEARS = 10;

export interface SamlKeyPair {
  /** PKCS#8 PEM. */
  privateKey: string;
  /** Self-signed X.509 PEM carrying the public key: what SAML metadata publishes. */
  certificate: string;
}

/**
 * A new RSA-3072 key pair for a SAML service provider, with a self-signed certificate (SHA-256).
 * In SAML metadata a certificate is only the carrier of the public key; the identity provider trusts
 * it because it comes in our metadata, not because of who issued it. Node makes the key (off the
 * event loop); node-forge only wraps the public key in a certificate, which Node cannot do.
 */
export async function makeSamlKeyPair(commonName: string, now = new Date()): Promise<SamlKeyPair> {
  const { privateKey, publicKey } = await generateRsaKeyPair("rsa", {
    modulusLength: 3072,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive serial number: the first bit clear.
  certificate.serialNumber = `0${randomBytes(15).toString("hex")}`;
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(now);
  certificate.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + CERTIFICATE_YEARS);
  const subject = [{ name: "commonName", value: commonName.slice(0, 64) }];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { privateKey, certificate: forge.pki.certificateToPem(certificate) };
}
