// Texts of signing up and in, passwords and invitations.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  auth: {
    signUp: {
      title: "Opret konto",
      intro:
        "Du kan bruge Lederdialog alene, også uden at din organisation har sat noget op. Det du skriver, er privat, indtil du selv vælger at dele det.",
      name: "Dit navn",
      nameHint: "Det navn, din nærmeste leder kender dig under.",
      email: "E-mail",
      emailHint: "Du logger ind med din e-mailadresse.",
      password: "Adgangskode",
      passwordHint: "Mindst 10 tegn. En sætning er let at huske og svær at gætte.",
      submit: "Opret konto",
      emailTaken:
        "Der findes allerede en konto med denne e-mailadresse. Log ind, eller bed om en ny adgangskode.",
      rateLimited: "Der er oprettet mange konti herfra på kort tid. Vent en time, og prøv igen.",
      haveAccount: "Har du allerede en konto?",
      ssoRequired:
        'Din organisation logger ind med sit eget log-ind. Brug "Log ind med din organisation" på log-ind-siden.',
    },
    signIn: {
      title: "Log ind",
      email: "E-mail",
      password: "Adgangskode",
      submit: "Log ind",
      invalid: "E-mailadressen eller adgangskoden er forkert.",
      forgot: "Glemt adgangskode?",
      noAccount: "Har du ikke en konto?",
      passwordChanged: "Din adgangskode er skiftet. Log ind med den nye adgangskode.",
      signedOut: "Du er logget ud.",
      ssoRequired:
        'Din organisation logger ind med sit eget log-ind. Brug "Log ind med din organisation" herunder.',
      ssoHeading: "Log ind med din organisation",
      ssoIntro:
        "Bruger din arbejdsplads single sign-on, så skriv din arbejdsmail. Vi sender dig videre til din organisations log-ind.",
      ssoEmail: "Arbejdsmail",
      ssoSubmit: "Fortsæt til din organisations log-ind",
      ssoUnknownDomain:
        "Vi kender ikke et log-ind for den adresses organisation. Log ind med adgangskode, eller spørg din administrator.",
    },
    sso: {
      failureTitle: "Du blev ikke logget ind",
      backToSignIn: "Tilbage til log ind",
      failure: {
        expired: "Log-ind-forsøget er udløbet eller allerede brugt. Start forfra.",
        otherBrowser:
          "Log-ind-forsøget blev startet i en anden browser. Start forfra i den browser, du vil bruge.",
        rejected:
          "Svaret fra din organisations log-ind kunne ikke godkendes. Prøv igen, eller kontakt din administrator.",
        cancelled: "Log-ind blev afbrudt hos din organisation. Du kan prøve igen.",
        unavailable: "Din organisations log-ind svarer ikke lige nu. Prøv igen om lidt.",
        noEmail: "Din organisations log-ind sendte ingen bekræftet e-mailadresse. Kontakt din administrator.",
        emailDomain: "Din e-mailadresse hører ikke til organisationens domæner. Kontakt din administrator.",
        otherOrganisation:
          "Der findes allerede en konto med din e-mailadresse i en anden organisation. Kontakt din administrator.",
        deactivated: "Din konto er deaktiveret. Kontakt din administrator.",
      },
    },
    forgot: {
      title: "Glemt adgangskode",
      intro:
        "Skriv din e-mailadresse. Hvis der er en konto med adressen, sender vi et link, som du kan bruge til at vælge en ny adgangskode.",
      email: "E-mail",
      submit: "Send link",
      sent: "Tjek din indbakke. Hvis der er en konto med {{email}}, har vi sendt et link. Linket virker i {{minutes}} minutter og kan bruges én gang.",
      rateLimited: "Der er bedt om for mange links. Vent en time, og prøv igen.",
      back: "Tilbage til log ind",
    },
    reset: {
      title: "Vælg en ny adgangskode",
      password: "Ny adgangskode",
      passwordHint: "Mindst 10 tegn.",
      submit: "Gem ny adgangskode",
      invalidToken: "Linket er udløbet eller allerede brugt. Bed om et nyt link.",
      requestNew: "Bed om et nyt link",
    },
  },
  throttle: {
    signIn: {
      throttled:
        "Der har været for mange forkerte forsøg på at logge ind med denne konto. Vent 15 minutter, og prøv igen – eller nulstil din adgangskode under “Glemt adgangskode?” herunder.",
    },
    mail: {
      securityLink: "Log-ind og sikkerhed",
      passwordLink: "Vælg en ny adgangskode",
      subject: "Ny log-ind på din konto i Lederdialog",
      greeting: "Hej {{name}}",
      body: "Der blev logget ind på din konto i Lederdialog den {{time}} fra {{device}}. Den browser har ikke været brugt til din konto før.",
      device: "{{browser}} på {{os}}",
      unknownDevice: "en browser, vi ikke kender",
      ifYou: "Var det dig, skal du ikke gøre noget.",
      ifNotYou: "Var det ikke dig, så log den ud med det samme under “Log-ind og sikkerhed”:",
      changePassword: "og vælg en ny adgangskode her:",
    },
  },
  invitation: {
    otherEmail:
      "Invitationen er sendt til {{email}}. Log ind med den adresse – eller opret en konto med den – for at tage imod den.",
    signOutFirst: "Log ud og fortsæt med den rigtige adresse",
    title: "Invitation til en dialog",
    intro: "{{name}} har inviteret dig til en dialog som nærmeste leder.",
    when: "Tid: {{date}} kl. {{time, wallTime}}, 45 minutter",
    where: "Sted: {{location}}",
    signInFirst:
      "Log ind eller opret en konto for at tage imod invitationen. Bagefter kommer du tilbage hertil.",
    accept: "Tag imod invitationen",
    invalid: "Invitationen er udløbet eller allerede brugt. Bed lederen om at sende en ny.",
    ownInvitation: "Det er din egen invitation. Send linket til din nærmeste leder.",
    aboutTool:
      "Værktøjet “Styrk lederens dialog med nærmeste leder” fra BFA Velfærd og Offentlig administration hjælper en leder med at få støtte fra sin nærmeste leder til mål og trivsel. Du ser kun det, lederen vælger at dele.",
    acceptExplained:
      "Når du tager imod, bliver du {{name}}s nærmeste leder i Lederdialog og kan forberede dig på dialogen. Linket virker kun én gang.",
    signUpIntro:
      "{{name}} har inviteret dig til en dialog som nærmeste leder. Opret en konto, så kan du tage imod invitationen og forberede dig.",
    signUpEmailHint: "Den adresse, invitationen er sendt til. Du bekræfter den med et link, vi sender dig.",
  },
  ssoProtection: {
    failure: {
      invalidEmail:
        "Din organisations log-ind sendte en e-mailadresse, som ikke er én almindelig adresse. Kontakt din administrator.",
      tooManyAttempts:
        "Der har været for mange forsøg på at logge ind herfra lige nu. Vent et minut, og prøv igen.",
    },
    tooLargeTitle: "Svaret var for stort",
    tooLargeText:
      "Svaret fra din organisations log-ind var større, end et log-ind nogensinde er, så det blev afvist. Start forfra, eller kontakt din administrator.",
  },
} as const;
