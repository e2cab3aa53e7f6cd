// Texts of the person's own account: its address, security, sessions, deleting it.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  verifyEmail: {
    verifyBeforeInviting:
      "Bekræft først din e-mailadresse: følg linket i den mail, vi har sendt dig. Så kan du invitere din nærmeste leder.",
    verifyBeforeSharing:
      "Bekræft først din e-mailadresse: følg linket i den mail, vi har sendt dig. Så kan du dele.",
    chooseNewPassword:
      "Din adresse er bekræftet. Fordi du bekræftede den i en anden browser end den, kontoen blev oprettet i, vælger du nu en adgangskode her. Den, der blev skrevet ved oprettelsen, gælder ikke længere.",
    checkTitle: "Tjek din mail",
    checkIntro:
      "Vi har sendt en mail til den adresse, du skrev. Følg vejledningen i den. Et link i mailen virker i 24 timer.",
    checkSignedIn:
      "Vi har sendt et link til {{email}}. Følg det for at bekræfte, at adressen er din. Linket virker i 24 timer.",
    meanwhile:
      "Du kan godt forberede dig og skrive i mellemtiden. Før du kan tage imod en invitation eller se noget, andre har delt med dig, skal adressen være bekræftet.",
    continue: "Fortsæt",
    signIn: "Log ind",
    notArrived: "Er mailen ikke kommet? Se efter i uønsket post, eller få et nyt link.",
    resend: "Send linket igen",
    resent: "Vi har sendt et nyt link til {{email}}.",
    rateLimited: "Vi har sendt mange links på kort tid. Vent en time, og prøv igen.",
    verifiedTitle: "Din adresse er bekræftet",
    verifiedNotice: "Din adresse er bekræftet. Log ind for at fortsætte.",
    verified: "Tak. {{email}} er bekræftet som din adresse i Lederdialog.",
    confirmTitle: "Bekræft din e-mailadresse",
    confirmIntro: "Bekræft, at {{email}} er din adresse til kontoen for {{name}} i Lederdialog.",
    confirmNotYou:
      "Har du ikke selv oprettet kontoen, er det nogen anden, der har brugt din adresse. Bekræft alligevel: så bliver kontoen din, den anden kan ikke længere logge ind, og du vælger selv en adgangskode.",
    confirm: "Bekræft adressen",
    invalid: "Linket er udløbet eller allerede brugt. Log ind, og bed om et nyt link fra din forside.",
    noticeTitle: "Bekræft din e-mailadresse",
    notice:
      "Vi har sendt et link til {{email}}. Når du har fulgt det, kan du tage imod invitationer og se det, andre deler med dig. Du kan forberede dig og skrive allerede nu.",
    invitationNotice:
      "Invitationen er til {{email}}. Bekræft først, at adressen er din: følg linket i den mail, vi har sendt dig. Bagefter kommer du tilbage hertil og kan tage imod.",
    mail: {
      link: "Bekræft din e-mailadresse",
      subject: "Bekræft din e-mailadresse til Lederdialog",
      greeting: "Hej {{name}}",
      body: "Følg linket for at bekræfte, at {{email}} er din adresse i Lederdialog. Linket virker i {{hours}} timer og kun én gang.",
      ignore:
        "Har du ikke selv oprettet en konto i Lederdialog, har nogen brugt din adresse. Følg linket alligevel: så bliver kontoen din, og den, der oprettede den, kan ikke længere logge ind.",
    },
    attemptMail: {
      resetLink: "Vælg en ny adgangskode",
      subject: "Nogen har forsøgt at oprette en konto med din adresse",
      greeting: "Hej {{name}}",
      body: "Nogen har forsøgt at oprette en konto i Lederdialog med {{email}}. Du har allerede en konto med den adresse, så der er ikke oprettet en ny.",
      reset:
        "Var det dig, og har du glemt din adgangskode, kan du vælge en ny her. Linket virker i {{minutes}} minutter:",
      noReset: "Var det dig, så log ind, som du plejer.",
      ignore: "Var det ikke dig, behøver du ikke gøre noget. Din konto er uændret.",
    },
  },
  accountSecurity: {
    proof: {
      title: "Bekræft, at kontoen er din",
      intro:
        "Din organisations log-ind siger, at du er {{email}}, og der findes allerede en konto i Lederdialog med den adresse. Vis, at kontoen er din, så forbinder vi den med din organisations log-ind. Indtil da er du ikke logget ind.",
      passwordHeading: "Med din adgangskode",
      passwordLabel: "Adgangskoden til din konto i Lederdialog",
      passwordSubmit: "Bekræft med adgangskode",
      mailHeading: "Med et link i din mail",
      mailText: "Vi sender et link til {{email}}. Åbn det i denne browser inden for {{minutes}} minutter.",
      mailOnly: "Din konto har ingen adgangskode, så du bekræfter den med et link i din mail.",
      mailSubmit: "Send mig et link",
      mailAgain: "Send et nyt link",
      mailSent:
        "Vi har sendt et link til {{email}}. Åbn det i denne browser. Det virker i {{minutes}} minutter og kan bruges én gang.",
      notYours:
        "Er kontoen ikke din? Så skal du ikke gøre noget, og ingen bliver logget ind. Kontakt din administrator.",
      cancel: "Afbryd og gå til log ind",
      wrongPassword: "Adgangskoden passer ikke til kontoen. Prøv igen, eller få et link i din mail.",
      noPassword: "Kontoen har ingen adgangskode. Bekræft den med et link i din mail.",
      rateLimited: "Der er prøvet for mange gange. Vent et kvarter, og prøv igen.",
      mailRateLimited: "Der er sendt for mange links. Vent en time, og prøv igen.",
      linkOtherBrowser:
        "Linket virker kun i den browser, hvor du startede log-ind. Åbn det der, eller start forfra i denne browser.",
      linkExpired: "Linket er udløbet eller allerede brugt. Start log-ind forfra.",
    },
    page: {
      title: "Log-ind og sikkerhed",
      intro:
        "Her ser du, hvor der er logget ind på din konto, og du kan lukke det, du ikke kender. Kun du kan se siden.",
      back: "Tilbage til Min lederdialog",
      homeText: "Se, hvor du er logget ind, og hvilke log-ind der er forbundet med din konto.",
      homeLink: "Åbn log-ind og sikkerhed",
    },
    identities: {
      heading: "Forbundet med din organisations log-ind",
      none: "Din konto er ikke forbundet med en organisations log-ind.",
      linkedAt: "Forbundet {{time}} som {{email}}",
      remove: "Fjern forbindelsen",
      removeHint:
        "Fjerner du en forbindelse, skal du bekræfte, at kontoen er din, næste gang du logger ind gennem din organisation.",
      removed: "Forbindelsen er fjernet.",
      protocol: {
        oidc: "OpenID Connect",
        saml: "SAML 2.0",
      },
    },
    sessions: {
      heading: "Her er du logget ind",
      current: "Denne browser",
      times: "Logget ind {{started}} · sidst brugt {{lastUsed}}",
      end: "Log den ud",
      endOthers: "Log ud alle andre steder",
      ended: "Den er logget ud.",
      othersEnded: "Du er logget ud alle andre steder.",
    },
    signIns: {
      heading: "Seneste log-ind",
      none: "Der er ingen log-ind at vise endnu.",
      caption: "De seneste log-ind på din konto",
      when: "Tidspunkt",
      method: "Måde",
      device: "Enhed",
      password: "Adgangskode",
      sso: "Organisationens log-ind",
    },
    device: {
      browserOn: "{{browser}} på {{os}}",
      unknown: "Ukendt enhed",
    },
    mail: {
      proof: {
        link: "Bekræft, at kontoen er din",
        subject: "Bekræft, at kontoen i Lederdialog er din",
        greeting: "Hej {{name}}",
        body: "Nogen – forhåbentlig dig – logger ind gennem din organisations log-ind ({{provider}}) og vil forbinde det med din konto i Lederdialog. Åbn linket herunder i den samme browser for at bekræfte, at kontoen er din. Linket virker i {{minutes}} minutter og kan bruges én gang.",
        ignore:
          "Har du ikke selv logget ind lige nu, så åbn ikke linket. Din konto er ikke forbundet, og ingen er logget ind på den.",
      },
      linked: {
        link: "Log-ind og sikkerhed",
        subject: "Din konto er forbundet med din organisations log-ind",
        greeting: "Hej {{name}}",
        body: "Din konto i Lederdialog ({{email}}) er nu forbundet med din organisations log-ind ({{provider}}), {{time}}. Fremover kan du logge ind på den måde.",
        notYou:
          "Var det ikke dig? Så fjern forbindelsen under “Log-ind og sikkerhed”, log ud alle andre steder, og fortæl det til din administrator:",
      },
    },
  },
  deleteAccount: {
    title: "Slet din konto",
    back: "Tilbage til Min lederdialog",
    link: "Slet din konto og alt, hvad du har skrevet",
    intro: "Du kan til enhver tid slette din konto. Hent gerne dine data først.",
    whatGoes:
      "Alt, hvad du har skrevet, slettes: noter, lederkontrakter, aftaler, det, du har delt, og dialogerne med din nærmeste leder, inklusive jeres fælles noter.",
    othersTold:
      "Dem, du har holdt dialoger med, får en e-mail om, at din konto er slettet. De beholder intet af det, du har skrevet.",
    noUndo: "Det kan ikke fortrydes.",
    kontraktPdf: "Hent din lederkontrakt som PDF",
    confirmLabel: "Skriv din e-mailadresse for at bekræfte",
    confirmHint: "Skriv {{email}}.",
    submit: "Slet min konto",
    deleted: "Din konto og alt, hvad du har skrevet, er slettet.",
  },
} as const;
