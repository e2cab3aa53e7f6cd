// Texts of forms: validation messages and the autosave status.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  validation: {
    retentionInvalid: "Skriv et helt antal måneder fra 1 til 120, eller lad feltet stå tomt.",
    deleteConfirmRequired: "Skriv din e-mailadresse for at bekræfte, at kontoen skal slettes.",
    deleteConfirmMismatch: "Det er ikke din e-mailadresse. Skriv den adresse, du logger ind med.",
    summaryTitle: "Der er fejl i formularen",
    summaryIntro: "Ret venligst følgende, så kan du fortsætte:",
    required: "Udfyld feltet.",
    nameRequired: "Skriv dit navn.",
    nameTooLong: "Navnet må højst være 200 tegn.",
    emailRequired: "Skriv din e-mailadresse.",
    nearestLeaderEmailRequired: "Skriv din nærmeste leders e-mailadresse.",
    emailInvalid: "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.",
    emailTooLong: "E-mailadressen må højst være 254 tegn.",
    passwordRequired: "Skriv din adgangskode.",
    passwordTooShort: "Adgangskoden skal være mindst 10 tegn.",
    passwordTooLong: "Adgangskoden må højst være 200 tegn.",
    invalidLanguage: "Vælg dansk eller engelsk.",
    textTooLong: "Teksten er for lang. Del den op, eller forkort den (højst 20.000 tegn).",
    textAtLimit:
      "Feltet er fuldt: der er plads til højst 20.000 tegn. Det, der ikke var plads til, kom ikke med – del teksten op, eller forkort den.",
    agreementTextRequired: "Skriv aftalen.",
    agreementTextTooLong: "Teksten må højst være 2.000 tegn.",
    dateInPast: "Vælg en dato fra i dag og frem.",
    timeInPast: "Klokken er allerede passeret. Vælg et senere tidspunkt.",
    dateInvalid: "Skriv en gyldig dato, fx 15.12.2026.",
    timeInvalid: "Skriv et klokkeslæt som tt:mm, fx 09:00.",
    ownerRequired: "Vælg, hvem der står for aftalen.",
    recurrenceNeedsDate: "En gentaget opfølgning skal have en første dato.",
    locationRequired: "Skriv, hvor I mødes.",
    locationTooLong: "Stedet må højst være 500 tegn.",
    dateRequired: "Vælg en dato.",
    timeRequired: "Vælg et klokkeslæt.",
    agendaItemRequired: "Skriv punktet.",
    agendaItemTooLong: "Punktet må højst være 500 tegn.",
    notesTooLong: "Noterne er for lange (højst 20.000 tegn). Del dem op.",
    rhythmRequired: "Vælg, hvordan I følger op.",
    formInvalid: "Formularen kunne ikke læses. Prøv igen.",
    urlInvalid: "Skriv en fuld https-adresse, fx https://login.kommune.dk.",
    ssoProtocolRequired: "Vælg, hvordan organisationen logger ind.",
    ssoDomainRequired: "Skriv mindst ét e-maildomæne, fx kommune.dk.",
    ssoDomainInvalid: "Skriv domæner som kommune.dk, adskilt af mellemrum eller komma.",
    ssoDomainTaken: "Et af domænerne hører allerede til en anden organisation.",
    ssoIssuerUnreachable:
      "Vi kunne ikke hente oplysninger fra udstederen med denne adresse, dette klient-id og denne hemmelighed. Tjek dem, og prøv igen.",
    ssoCertificateInvalid:
      "Certifikatet kunne ikke læses. Indsæt det i PEM-format (-----BEGIN CERTIFICATE-----).",
    ssoPasswordNeeded:
      "Uden single sign-on skal log-ind med adgangskode være slået til – ellers kan ingen logge ind.",
  },
  autosave: {
    manual: "Husk at trykke på “Gem” nederst, når du har skrevet.",
    idle: "Det du skriver, gemmes automatisk.",
    saving: "Gemmer …",
    saved: "Alt er gemt.",
    offline:
      "Ingen forbindelse. Det du skriver, er gemt på denne enhed og sendes, når forbindelsen er tilbage.",
    signedOut:
      "Du er blevet logget ud. Det du skriver, er gemt på denne enhed. Log ind igen for at gemme det.",
    error: "Noget af teksten kunne ikke gemmes. Den er gemt på denne enhed. Prøv at trykke på “Gem”.",
    staleCycle: "Denne side hører til et afsluttet forløb. Genindlæs siden.",
    notYours: "Teksten kan ikke gemmes her: den findes ikke, eller den er ikke din at skrive i.",
    conflict: "Teksten blev ændret et andet sted — se begge udgaver",
    conflictHint:
      "I har ændret de samme linjer to steder på samme tid. Begge udgaver står nu i feltet mellem stregerne. Behold det, der skal stå, og slet resten – også stregerne.",
    conflictMarkers: {
      first: "——— Udgave 1: gemt først ———",
      second: "——— Udgave 2: gemt bagefter ———",
      end: "——— Slut på de to udgaver ———",
    },
    saveButton: "Gem",
    savedNotice: "Dine noter er gemt.",
  },
} as const;
