import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/sign-in-settings";

// Texts of the administrator's sign-in settings: single sign-on and e-mail domains.
// The English of da/sign-in-settings.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  samlSetup: {
    metadataHeading: "Import the identity provider's metadata",
    metadataIntro:
      "Paste or upload the identity provider's metadata (XML). When you save, we fill in the single sign-on address, entity ID and signing certificates at once. If the file has an error, nothing from it is saved.",
    metadataText: "Metadata (XML)",
    metadataTextHint:
      "For example the metadata of KOMBIT's Context Handler or the “Federation Metadata XML” from Entra ID. Leave it empty to type the values yourself.",
    metadataFile: "Or choose a metadata file",
    manualHeading: "Or type the values yourself",
    metadataErrors: {
      tooLarge: "The metadata is too large. It may be at most 256 KB.",
      notXml: "The metadata could not be read as XML. Check that the whole file is included.",
      doctype: "The metadata must not contain a DOCTYPE or ENTITY declaration.",
      noEntityDescriptor: "The metadata must have one EntityDescriptor element as its outermost element.",
      noEntityId: "The metadata lacks the entityID attribute on EntityDescriptor.",
      noIdpDescriptor:
        "The metadata lacks an IDPSSODescriptor. Is it the identity provider's metadata rather than the service's?",
      noRedirectService:
        "The metadata lacks a SingleSignOnService with the HTTP-Redirect binding, which is needed to send people on.",
      serviceNotHttps: "The SingleSignOnService must have a Location that starts with https://.",
      noSigningCertificate: "The metadata lacks a signing certificate (KeyDescriptor with X509Certificate).",
      certificateInvalid: "An X509Certificate in the metadata could not be read as a certificate.",
      tooManyCertificates: "The metadata has more than 4 signing certificates. We take at most 4.",
    },
    tooManyCertificates: "Paste at most 4 certificates.",
    contactEmail: "Technical contact (e-mail)",
    contactEmailHint:
      "Published in the service's metadata, so the identity provider knows whom to contact. KOMBIT requires a contact.",
    keysHeading: "The service's keys",
    keysIntro:
      "The service signs its sign-in requests and decrypts the identity provider's answers with its own key. The private key stays on the server, encrypted. The metadata holds only the certificates.",
    metadataLink: "The service's metadata for the identity provider:",
    noKeysYet: "The key is made when you save the SAML settings.",
    keyRole: {
      current: "Key in use",
      next: "New key, not in use yet",
      previous: "Previous key, still decrypts",
    },
    keyFingerprint: "SHA-256 fingerprint",
    keyCreated: "Made",
    keyExpires: "Certificate expires",
    rotateHowTo:
      "To change keys without an interruption: 1) Make a new key. 2) Give the identity provider the service's new metadata. 3) Take the new key into use. 4) Remove the previous key once the identity provider no longer uses it.",
    prepareKey: "Make a new key",
    activateKey: "Take the new key into use",
    removePreviousKey: "Remove the previous key",
    changed: {
      prepareKey: "The new key is made and in the metadata. Give the identity provider the new metadata.",
      activateKey: "The new key is in use. The previous one still decrypts until you remove it.",
      removePreviousKey: "The previous key is removed.",
    },
  },
  adminSso: {
    title: "Sign-in for the organisation",
    link: "Sign-in and single sign-on",
    intro:
      "Let the organisation's leaders sign in with their work account (OpenID Connect, e.g. Entra ID, or SAML 2.0, e.g. KOMBIT's Context Handler). The first time someone signs in, we find the account with the same e-mail in the organisation or create a new leader account.",
    saved: "The settings are saved.",
    protocol: "How does the organisation sign in?",
    protocolNone: "Password only",
    protocolOidc: "OpenID Connect (e.g. Entra ID)",
    protocolSaml: "SAML 2.0 (e.g. KOMBIT Context Handler)",
    emailDomains: "The organisation's e-mail domains",
    emailDomainsHint:
      "Separate with spaces, e.g. example.org school.example.org. The sign-in page finds the organisation by domain, and only addresses in these domains can sign in.",
    oidcHeading: "OpenID Connect",
    oidcRedirectUri: "Redirect URI to register at the issuer:",
    oidcIssuer: "Issuer URL",
    oidcClientId: "Client ID",
    oidcClientSecret: "Client secret",
    oidcClientSecretKept: "A secret is stored. Leave the field empty to keep it.",
    samlHeading: "SAML 2.0",
    samlAcs: "Assertion Consumer Service (POST):",
    samlEntityId: "The service's entity ID and metadata:",
    samlEntryPoint: "The identity provider's single sign-on address",
    samlIdpIssuer: "The identity provider's entity ID",
    samlIdpIssuerHint: "Optional. When set, answers from any other issuer are refused.",
    samlIdpCertificate: "The identity provider's signing certificates",
    samlIdpCertificateHint:
      "PEM format, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----. When the identity provider changes certificates, paste the new one after the old: we accept answers signed with any of them.",
    passwordSignIn: "Also allow sign-in with a password",
    submit: "Save settings",
    startLink: "Direct link to the organisation's sign-in:",
  },
  domains: {
    title: "E-mail domains",
    link: "Add and verify e-mail domains",
    back: "Back to sign-in and single sign-on",
    intro:
      "A domain counts for the organisation only once you have shown that you control it: create a TXT record in the domain's DNS with your code, then press “Check now”. A verified domain sends its people to your sign-in, and a new account with an address in the domain belongs to your organisation.",
    listHeading: "The organisation's domains",
    none: "There are no domains yet.",
    stateVerified: "Verified",
    statePending: "Waiting for verification",
    verifiedAt: "on {{date}}",
    howTo: "Ask whoever runs the domain's DNS to create this record:",
    recordType: "Type",
    recordName: "Name",
    recordNameOr: "(or the domain itself)",
    recordValue: "Value",
    howToAfter:
      "A new record can take from a few minutes to a few hours to be seen. Leave the record in place, also after verification.",
    lastChecked: "Last check {{date}}:",
    result: {
      found: "Found. The domain is verified.",
      notFound: "Not found. The record is not there yet.",
      wrongToken: "Wrong code. There is a record, but it does not hold your code.",
      lookupFailed: "The lookup failed. DNS did not answer; try again in a moment.",
      taken: "Taken. Another organisation has already verified the domain.",
      publicProvider: "Cannot be used. A public mail domain such as gmail.com belongs to no organisation.",
    },
    check: "Check now",
    remove: "Remove",
    addHeading: "Add a domain",
    addLabel: "Domain",
    addHint: "For example kommune.dk. Add each subdomain on its own, for example skole.kommune.dk.",
    add: "Add domain",
    added: "{{domain}} has been added. Create the record in DNS, then press “Check now”.",
    checked: "{{domain}} has been checked. The result is shown with the domain below.",
    removed: "{{domain}} has been removed.",
    summaryHeading: "E-mail domains",
    summaryVerified: "Verified domains: {{domains}}.",
    summaryNone:
      "No verified domains yet: nobody is sent to your sign-in by their address, and password sign-in cannot be turned off.",
    summaryPending_one: "{{count}} domain is waiting for verification.",
    summaryPending_other: "{{count}} domains are waiting for verification.",
    passwordOffWithoutDomain:
      "Password sign-in is turned off, but the organisation has no verified domain. New people cannot sign in through your sign-in until a domain is verified.",
    errors: {
      required: "Enter a domain, for example kommune.dk.",
      invalid: "Enter one domain, for example kommune.dk.",
      publicProvider:
        "Public mail domains such as gmail.com cannot be used. Enter the organisation's own domain.",
      taken: "Another organisation has already verified the domain.",
      alreadyAdded: "The domain has already been added.",
      tooMany: "An organisation can have at most 50 domains.",
      notFound: "The domain is not on the list. It may just have been removed.",
      lastVerified:
        "The last verified domain cannot be removed while password sign-in is turned off. Turn it on first.",
      passwordNeedsVerifiedDomain:
        "Password sign-in can be turned off only when the organisation has at least one verified e-mail domain.",
      unknownAction: "We could not do that. Reload the page and try again.",
    },
  },
};
