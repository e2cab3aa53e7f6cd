// Texts of leaders of leaders and reporting lines.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  leaders: {
    when: "{{date}} kl. {{time, wallTime}}",
    lastLink: "seneste dialog med {{name}}",
    nextLink: "forbered næste dialog med {{name}}",
    title: "Dine ledere",
    intro:
      "De ledere, du er nærmeste leder for, og hvor de er i deres forløb. Du ser datoer og antal – aldrig det, de har skrevet.",
    empty: "Ingen ledere har inviteret dig som nærmeste leder endnu.",
    caption: "Dine ledere og deres dialoger",
    name: "Leder",
    last: "Seneste dialog",
    next: "Næste dialog",
    openAgreements: "Aftaler i gang",
    none: "Ingen",
    searchLabel: "Søg efter en leder",
    searchHint: "En del af navnet er nok.",
    search: "Søg",
    count_one: "Du er nærmeste leder for {{count}} leder.",
    count_other: "Du er nærmeste leder for {{count}} ledere.",
    found: "{{total}} ledere passer på “{{search}}”.",
    noneFound: "Ingen ledere passer på “{{search}}”.",
    clear: "Vis alle dine ledere",
    homeText: "Du er nærmeste leder for andre ledere. Se deres dialoger og forbered dig.",
    open: "Se dine ledere",
  },
  reportingLines: {
    previewTitle: "Ændringer af nærmeste leder",
    previewIntro_one:
      "Når du importerer filen, får {{count}} person en anden nærmeste leder. Personen og begge nærmeste ledere får en mail om det. En dialog bliver hos den nærmeste leder, der har sagt ja til den, indtil lederen inviterer en anden.",
    previewIntro_other:
      "Når du importerer filen, får {{count}} personer en anden nærmeste leder. Hver person og begge nærmeste ledere får en mail om det. En dialog bliver hos den nærmeste leder, der har sagt ja til den, indtil lederen inviterer en anden.",
    previewNone: "Ingen får en anden nærmeste leder med denne fil.",
    previewShown: "Viser {{shown}} af {{total}} ændringer.",
    previewMore_one:
      "Og {{count}} ændring mere, som ikke er vist her. Den gælder også og bliver sendt på mail.",
    previewMore_other:
      "Og {{count}} ændringer mere, som ikke er vist her. De gælder også og bliver sendt på mail.",
    change: "Linje {{line}}: {{person}} – fra {{from}} til {{to}}",
    nobody: "ingen",
    imported_one: "{{count}} ændring af nærmeste leder er sendt på mail til dem, den gælder.",
    imported_other: "{{count}} ændringer af nærmeste leder er sendt på mail til dem, de gælder.",
    overviewElsewhere: "Dialogen er hos en anden nærmeste leder, indtil {{name}} inviterer dig.",
    inviteSuggested:
      "Din organisation har registreret {{suggested}} ({{suggestedEmail}}) som din nærmeste leder. Din dialog er stadig med {{current}}, og invitationen herunder går til {{current}}, indtil du vælger en anden.",
    inviteUseSuggested: "Invitér {{suggested}} i stedet",
    inviteUsingSuggested:
      "Invitationen herunder går til {{suggested}}, som din organisation har registreret som din nærmeste leder. Din dialog bliver hos {{current}}, indtil {{suggested}} siger ja.",
    inviteKeepCurrent: "Invitér {{current}} igen i stedet",
    inviteFromOrganisation:
      "Invitationen herunder går til {{suggested}}, som din organisation har registreret som din nærmeste leder.",
    mail: {
      greeting: "Kære {{name}}",
      leaderSubject: "Din nærmeste leder er ændret i Lederdialog",
      leaderChanged: "Din organisation har ændret din nærmeste leder i Lederdialog fra {{from}} til {{to}}.",
      leaderSet: "Din organisation har registreret {{to}} som din nærmeste leder i Lederdialog.",
      leaderRemoved: "Din organisation har fjernet {{from}} som din nærmeste leder i Lederdialog.",
      leaderStaysWith:
        "Din dialog bliver hos {{holder}}, indtil du inviterer en anden: {{holder}} ser stadig det, du deler.",
      leaderNewSeesNothing:
        "{{to}} ser hverken dine dialoger, dine aftaler eller det, du deler, før du inviterer {{to}}, og {{to}} siger ja.",
      leaderAlreadyWith: "Din dialog er allerede hos {{to}}.",
      leaderNoDialogue:
        "Ingen ser noget af det, du har skrevet, før du inviterer din nærmeste leder, og vedkommende siger ja.",
      previousSubject: "{{person}} har fået en ny nærmeste leder i Lederdialog",
      previousChanged:
        "Din organisation har registreret {{to}} som nærmeste leder for {{person}} i stedet for dig.",
      previousRemoved: "Din organisation har fjernet dig som nærmeste leder for {{person}}.",
      previousStaysWithYou:
        "Dialogen med {{person}} bliver hos dig, indtil {{person}} inviterer en anden: du ser stadig det, {{person}} deler med dig.",
      previousNothingChanges: "Det ændrer ikke, hvad du kan se i Lederdialog.",
      nextSubject: "Du er registreret som nærmeste leder for {{person}}",
      nextChanged:
        "Din organisation har registreret dig som nærmeste leder for {{person}} i stedet for {{from}}.",
      nextSet: "Din organisation har registreret dig som nærmeste leder for {{person}}.",
      nextElsewhere:
        "Dialogen med {{person}} bliver hos den nærmeste leder, der har sagt ja til den, indtil {{person}} inviterer dig. Indtil da ser du hverken dialogerne, aftalerne eller det, {{person}} deler.",
      nextAlreadyYou: "Dialogen med {{person}} er allerede hos dig.",
      nextNoDialogue:
        "Du ser intet af det, {{person}} skriver, før {{person}} inviterer dig, og du siger ja.",
    },
  },
} as const;
