// Texts on every page: the page frame, error pages, the tool's steps, confirmations.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  meta: {
    appName: "Lederdialog",
    titleSuffix: "Lederdialog",
    description:
      "Lederdialog er den digitale udgave af BFA's værktøj “Styrk lederens dialog med nærmeste leder”: forbered dig, lav din lederkontrakt og hold dialogen med din nærmeste leder.",
  },
  layout: {
    figures: "Tal",
    rollout: "Udrul",
    admin: "Admin",
    privacy: "Privatliv",
    skipToContent: "Gå til indhold",
    mainNavigation: "Hovedmenu",
    home: "Forside",
    about: "Om værktøjet",
    myDialog: "Min lederdialog",
    signIn: "Log ind",
    signUp: "Opret konto",
    signOut: "Log ud",
    signedInAs: "Logget ind som {{name}}",
    switchLanguage: "English",
    switchLanguageLabel: "Switch the language to English",
    footerCredit:
      "Lederdialog bygger på værktøjet “Styrk lederens dialog med nærmeste leder”, udgivet af BFA Velfærd og Offentlig administration.",
    footerNavigation: "Sidefod",
    accessibilityStatement: "Tilgængelighedserklæring",
    pageLinks: {
      label: "Sider",
      previous: "Forrige side",
      next: "Næste side",
      pageOf: "Side {{page}} af {{pageCount}}",
    },
  },
  steps: {
    label: "Dine trin",
    prepare: "Forbered dig",
    kontrakt: "Lederkontrakt",
    dialogue: "Dialog med nærmeste leder",
    followUp: "Opfølgning",
    current: "nuværende trin",
    stepOf: "Trin {{number}} af {{total}}",
  },
  recurrence: {
    once: "Én gang",
    daily: "Hver dag",
    weekly: "Hver uge",
    biweekly: "Hver 14. dag",
    monthly: "Hver måned",
    quarterly: "Hvert kvartal",
  },
  confirm: {
    cancel: "Fortryd",
    newCycle: {
      title: "Start et nyt forløb?",
      text: "Dit nuværende forløb bliver arkiveret: dine noter, din lederkontrakt og dine aftaler gemmes som historik, som du kan læse, men ikke skrive videre i. Det nye forløb begynder tomt.",
      yes: "Ja, start et nyt forløb",
    },
    deleteUnit: {
      title: "Slet enheden “{{name}}”?",
      text: "{{path}} bliver slettet. Det kan ikke fortrydes, men du kan oprette enheden igen.",
      yes: "Ja, slet enheden",
    },
    drop: {
      title: "Drop aftalen?",
      text: "„{{text}}“ bliver markeret som droppet. Du kan genoptage den senere her på siden.",
      yes: "Ja, drop aftalen",
    },
    rollout: {
      title: "Send invitationerne?",
      text_one: "{{count, number}} leder i {{unit}} får en mail med invitationen:",
      text_other: "{{count, number}} ledere i {{unit}} får en mail med invitationen:",
      none: "Ingen ledere i {{unit}} får en mail: der er ingen aktive ledere, som ikke er inviteret før.",
      more_one: "og {{count, number}} mere",
      more_other: "og {{count, number}} flere",
      alreadyInvited_one:
        "{{count, number}} leder er inviteret før, eller invitationen er på vej, og får ikke en ny mail.",
      alreadyInvited_other:
        "{{count, number}} ledere er inviteret før, eller invitationen er på vej, og får ikke en ny mail.",
      recipientsLabel: "Dem, der får mailen",
      yes_one: "Ja, send til {{count, number}} leder",
      yes_other: "Ja, send til {{count, number}} ledere",
    },
  },
  errors: {
    notFoundTitle: "Siden findes ikke",
    dialogueCancelledTitle: "Dialogen er aflyst",
    dialogueCancelledText:
      "Den dialog, linket fører til, er aflyst, så den kan ikke åbnes mere. Dine dialoger står under Min lederdialog.",
    notFoundText:
      "Vi kan ikke finde den side, du leder efter. Måske er linket forkert, eller også har du ikke adgang til den.",
    badRequestTitle: "Det kunne vi ikke læse",
    badRequestText: "Din forespørgsel kunne ikke behandles. Gå tilbage, og prøv igen.",
    forbiddenTitle: "Handlingen blev afvist",
    forbiddenText:
      "Forespørgslen kom ikke fra Lederdialog selv, så den blev afvist for din sikkerheds skyld. Gå tilbage, og prøv igen.",
    unavailableTitle: "Lederdialog er midlertidigt utilgængelig",
    unavailableText:
      "Vi kan ikke nå databasen lige nu. Det du har skrevet, er ikke gået tabt. Prøv igen om lidt.",
    genericTitle: "Der skete en fejl",
    genericText: "Noget gik galt hos os. Prøv igen om lidt. Det du har skrevet, er ikke gået tabt.",
    backHome: "Gå til forsiden",
  },
} as const;
