// Texts of the administrator's sign-in settings: single sign-on and e-mail domains.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  samlSetup: {
    metadataHeading: "Hent fra identitetsudbyderens metadata",
    metadataIntro:
      "Indsæt eller upload identitetsudbyderens metadata (XML). Så udfylder vi single sign-on-adresse, entity ID og signeringscertifikater på én gang, når I gemmer. Er der fejl i filen, gemmer vi intet af den.",
    metadataText: "Metadata (XML)",
    metadataTextHint:
      "Fx metadata for KOMBITs Context Handler eller “Federation Metadata XML” fra Entra ID. Lad feltet stå tomt for at skrive værdierne selv.",
    metadataFile: "Eller vælg en metadatafil",
    manualHeading: "Eller skriv værdierne selv",
    metadataErrors: {
      tooLarge: "Metadata er for stor. Den må højst fylde 256 KB.",
      notXml: "Metadata kunne ikke læses som XML. Tjek, at hele filen er kommet med.",
      doctype: "Metadata må ikke indeholde en DOCTYPE eller ENTITY-erklæring.",
      noEntityDescriptor: "Metadata skal have ét EntityDescriptor-element som yderste element.",
      noEntityId: "Metadata mangler attributten entityID på EntityDescriptor.",
      noIdpDescriptor:
        "Metadata mangler IDPSSODescriptor. Er det identitetsudbyderens metadata og ikke tjenestens?",
      noRedirectService:
        "Metadata mangler en SingleSignOnService med HTTP-Redirect-binding. Den er nødvendig for at sende brugerne videre.",
      serviceNotHttps: "SingleSignOnService skal have en Location, der begynder med https://.",
      noSigningCertificate: "Metadata mangler et signeringscertifikat (KeyDescriptor med X509Certificate).",
      certificateInvalid: "Et X509Certificate i metadata kunne ikke læses som certifikat.",
      tooManyCertificates: "Metadata har mere end 4 signeringscertifikater. Vi tager højst 4.",
    },
    tooManyCertificates: "Indsæt højst 4 certifikater.",
    contactEmail: "Teknisk kontakt (e-mail)",
    contactEmailHint:
      "Står i tjenestens metadata, så identitetsudbyderen ved, hvem de skal kontakte. KOMBIT kræver en kontakt.",
    keysHeading: "Tjenestens nøgler",
    keysIntro:
      "Tjenesten signerer sine log-ind-forespørgsler og dekrypterer identitetsudbyderens svar med sin egen nøgle. Den private nøgle bliver på serveren, krypteret. Metadata indeholder kun certifikaterne.",
    metadataLink: "Tjenestens metadata til identitetsudbyderen:",
    noKeysYet: "Nøglen bliver lavet, når I gemmer SAML-indstillingerne.",
    keyRole: {
      current: "Nøgle i brug",
      next: "Ny nøgle, endnu ikke i brug",
      previous: "Tidligere nøgle, dekrypterer stadig",
    },
    keyFingerprint: "SHA-256-fingeraftryk",
    keyCreated: "Lavet",
    keyExpires: "Certifikatet udløber",
    rotateHowTo:
      "Sådan skifter I nøgle uden afbrydelse: 1) Lav en ny nøgle. 2) Giv identitetsudbyderen tjenestens nye metadata. 3) Tag den nye nøgle i brug. 4) Fjern den tidligere nøgle, når identitetsudbyderen ikke længere bruger den.",
    prepareKey: "Lav en ny nøgle",
    activateKey: "Tag den nye nøgle i brug",
    removePreviousKey: "Fjern den tidligere nøgle",
    changed: {
      prepareKey: "Den nye nøgle er lavet og står i metadata. Giv identitetsudbyderen den nye metadata.",
      activateKey: "Den nye nøgle er i brug. Den tidligere dekrypterer stadig, indtil I fjerner den.",
      removePreviousKey: "Den tidligere nøgle er fjernet.",
    },
  },
  adminSso: {
    title: "Log-ind for organisationen",
    link: "Log-ind og single sign-on",
    intro:
      "Lad organisationens ledere logge ind med deres arbejdskonto (OpenID Connect, fx Entra ID, eller SAML 2.0, fx KOMBITs Context Handler). Første gang en person logger ind, finder vi kontoen med samme e-mail i organisationen eller opretter en ny lederkonto.",
    saved: "Indstillingerne er gemt.",
    protocol: "Hvordan logger organisationen ind?",
    protocolNone: "Kun med adgangskode",
    protocolOidc: "OpenID Connect (fx Entra ID)",
    protocolSaml: "SAML 2.0 (fx KOMBIT Context Handler)",
    emailDomains: "Organisationens e-maildomæner",
    emailDomainsHint:
      "Adskil med mellemrum, fx kommune.dk skole.kommune.dk. Log-ind-siden finder organisationen ud fra domænet, og kun adresser i domænerne kan logge ind.",
    oidcHeading: "OpenID Connect",
    oidcRedirectUri: "Redirect-URI, som skal registreres hos udstederen:",
    oidcIssuer: "Udsteder (issuer URL)",
    oidcClientId: "Klient-id",
    oidcClientSecret: "Klienthemmelighed",
    oidcClientSecretKept: "Der er gemt en hemmelighed. Lad feltet stå tomt for at beholde den.",
    samlHeading: "SAML 2.0",
    samlAcs: "Assertion Consumer Service (POST):",
    samlEntityId: "Tjenestens entity ID og metadata:",
    samlEntryPoint: "Identitetsudbyderens single sign-on-adresse",
    samlIdpIssuer: "Identitetsudbyderens entity ID",
    samlIdpIssuerHint: "Valgfrit. Udfyldt afviser vi svar fra alle andre udstedere.",
    samlIdpCertificate: "Identitetsudbyderens signeringscertifikater",
    samlIdpCertificateHint:
      "PEM-format, fra -----BEGIN CERTIFICATE----- til -----END CERTIFICATE-----. Skifter identitetsudbyderen certifikat, kan I indsætte det nye efter det gamle: vi godtager svar signeret med et hvilket som helst af dem.",
    passwordSignIn: "Tillad også log-ind med adgangskode",
    submit: "Gem indstillinger",
    startLink: "Direkte link til organisationens log-ind:",
  },
  domains: {
    title: "E-maildomæner",
    link: "Tilføj og bekræft e-maildomæner",
    back: "Tilbage til log-ind og single sign-on",
    intro:
      "Et domæne tæller først for organisationen, når I har vist, at I råder over det: opret en TXT-post i domænets DNS med jeres kode, og tryk “Tjek nu”. Et bekræftet domæne sender dets personer til jeres log-ind, og en ny konto med en adresse i domænet hører til jeres organisation.",
    listHeading: "Organisationens domæner",
    none: "Der er endnu ingen domæner.",
    stateVerified: "Bekræftet",
    statePending: "Afventer bekræftelse",
    verifiedAt: "den {{date}}",
    howTo: "Bed den, der står for domænets DNS, om at oprette denne post:",
    recordType: "Type",
    recordName: "Navn",
    recordNameOr: "(eller selve domænet)",
    recordValue: "Værdi",
    howToAfter:
      "Det kan tage fra få minutter til nogle timer, før en ny post kan ses. Lad posten blive stående, også efter bekræftelsen.",
    lastChecked: "Seneste tjek {{date}}:",
    result: {
      found: "Fundet. Domænet er bekræftet.",
      notFound: "Ikke fundet. Posten er der ikke endnu.",
      wrongToken: "Forkert kode. Der er en post, men den har ikke jeres kode.",
      lookupFailed: "Opslaget mislykkedes. DNS svarede ikke; prøv igen om lidt.",
      taken: "Optaget. En anden organisation har allerede bekræftet domænet.",
      publicProvider:
        "Kan ikke bruges. Et offentligt maildomæne som gmail.com hører ikke til en organisation.",
    },
    check: "Tjek nu",
    remove: "Fjern",
    addHeading: "Tilføj et domæne",
    addLabel: "Domæne",
    addHint: "Fx kommune.dk. Tilføj hvert underdomæne for sig, fx skole.kommune.dk.",
    add: "Tilføj domæne",
    added: "{{domain}} er tilføjet. Opret posten i DNS, og tryk “Tjek nu”.",
    checked: "{{domain}} er tjekket. Resultatet står ved domænet herunder.",
    removed: "{{domain}} er fjernet.",
    summaryHeading: "E-maildomæner",
    summaryVerified: "Bekræftede domæner: {{domains}}.",
    summaryNone:
      "Ingen bekræftede domæner endnu: ingen sendes til jeres log-ind ud fra deres adresse, og log-ind med adgangskode kan ikke slås fra.",
    summaryPending_one: "{{count}} domæne afventer bekræftelse.",
    summaryPending_other: "{{count}} domæner afventer bekræftelse.",
    passwordOffWithoutDomain:
      "Log-ind med adgangskode er slået fra, men organisationen har intet bekræftet domæne. Nye personer kan ikke logge ind med jeres log-ind, før et domæne er bekræftet.",
    errors: {
      required: "Skriv et domæne, fx kommune.dk.",
      invalid: "Skriv ét domæne, fx kommune.dk.",
      publicProvider:
        "Offentlige maildomæner som gmail.com kan ikke bruges. Skriv organisationens eget domæne.",
      taken: "En anden organisation har allerede bekræftet domænet.",
      alreadyAdded: "Domænet er allerede tilføjet.",
      tooMany: "En organisation kan højst have 50 domæner.",
      notFound: "Domænet er ikke på listen. Det er måske lige blevet fjernet.",
      lastVerified:
        "Det sidste bekræftede domæne kan ikke fjernes, mens log-ind med adgangskode er slået fra. Slå det til først.",
      passwordNeedsVerifiedDomain:
        "Log-ind med adgangskode kan kun slås fra, når organisationen har mindst ét bekræftet e-maildomæne.",
      unknownAction: "Det kunne vi ikke gøre. Genindlæs siden, og prøv igen.",
    },
  },
} as const;
