// Texts of the pages anyone can read.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  landing: {
    title: "Styrk din dialog med din nærmeste leder",
    lead: "Lederdialog er BFA's værktøj “Styrk lederens dialog med nærmeste leder” som et digitalt forløb: forbered dig, lav en aftale med dig selv, og hold en struktureret dialog med din nærmeste leder om dine mål og din trivsel.",
    start: "Kom i gang",
    signIn: "Log ind",
    privacy: "Det du skriver, er privat. Din nærmeste leder ser kun det, du selv vælger at dele.",
    stepsTitle: "Tre trin – og opfølgning",
    followUpText:
      "Korte, løbende dialoger med din nærmeste leder, status på jeres aftaler og et nyt forløb hver 6.–12. måned.",
    whoTitle: "Hvem er værktøjet til?",
    timeTitle: "Hvor lang tid tager det?",
    quotesTitle: "Sagt om værktøjet",
    aboutLink: "Læs mere om værktøjet",
  },
  accessibility: {
    title: "Tilgængelighedserklæring",
    intro: "Lederdialog skal kunne bruges af alle. Vi arbejder efter standarden WCAG 2.1 på niveau AA.",
    statusTitle: "Hvor tilgængelig er Lederdialog?",
    status:
      "Alle sider kan bruges med tastatur alene og med skærmlæser. Hver side testes automatisk med værktøjet axe i en rigtig browser, hver gang koden ændres, og skal være uden fejl. Formularer har en synlig ledetekst til hvert felt, og fejl vises både samlet øverst og ved det felt, de handler om.",
    knownTitle: "Kendte begrænsninger",
    known: "Vi kender ikke til sider, der ikke lever op til kravene. Finder du en, vil vi gerne høre om det.",
    contactTitle: "Giv os besked",
    contact:
      "Oplever du problemer med tilgængeligheden, så skriv til den, der har sat Lederdialog op i din organisation, eller til den e-mailadresse, som din organisation har oplyst.",
    complaintTitle: "Klagemulighed",
    complaint:
      "Er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængeligheden af offentlige digitale løsninger.",
    updated: "Erklæringen er senest opdateret {{date}}.",
  },
  privacy: {
    title: "Privatliv",
    intro:
      "Det, en leder skriver om sit eget psykiske arbejdsmiljø, er følsomt. Lederdialog er bygget, så det er privat, indtil du selv deler det.",
    stored: {
      title: "Hvad vi gemmer",
      text: "Din konto (navn, e-mail, sprog, adgangskode som en envejs-hash), dine noter fra forberedelsen, din lederkontrakt, dine aftaler og afkrydsninger, dine dialoger (tid, sted, dagsorden og fælles noter) og en sikkerhedslog over log-ind. Er din organisation med, også din enhed, din nærmeste leder og dine roller.",
    },
    why: {
      title: "Hvorfor",
      text: "For at du kan forberede dig, lave aftaler med dig selv og holde dialogen med din nærmeste leder – og følge op. Vi bruger ikke dine data til andet.",
    },
    who: {
      title: "Hvem ser hvad",
      text: "Du ser alt dit eget. Din nærmeste leder ser kun det, du vælger at dele, del for del, og det, I skriver sammen i dialogen. HR, topledelse og MED/AMO ser kun anonyme tal: et antal kun, når mindst fem har gjort noget, og mindst fem ikke har – ellers kun et interval som “under 5” – aldrig navne eller tekst. En administrator styrer konti, men kan ikke læse, hvad nogen har skrevet.",
    },
    log: {
      title: "Log over hvem der har set det, du deler",
      text: "Hver gang din nærmeste leder ser det, du deler, bliver det skrevet i en log. Du kan se loggen på siden om dialogen.",
    },
    howLong: {
      title: "Hvor længe",
      text: "Dine data gemmes, så længe du har en konto. Afsluttede forløb gemmes som historik – har din organisation valgt en opbevaringsperiode, slettes de automatisk, når den er gået. En deaktiveret konto beholder sine data, indtil den slettes. Sletter du din konto, slettes alt, hvad du har skrevet, med det samme.",
    },
    cookies: {
      title: "Cookies",
      text: "Vi bruger kun nødvendige cookies, fem i alt: ld_session holder dig logget ind; lang husker dit sprog; ld_device husker, hvilke konti der er logget ind fra din browser før (så andres forkerte forsøg ikke spærrer dig ude, og så vi kan skrive til dig, når der logges ind fra en ny browser); ld_flash bærer en kort besked til næste side (for eksempel at en invitation er sendt) og slettes, når siden er vist, senest efter et minut; ld_sso findes kun i de højst 15 minutter, et log-ind gennem din organisation tager, så ingen andre kan gøre det færdigt i din browser. Ingen sporing og ingen annoncer.",
    },
    rights: {
      title: "Dine rettigheder",
      text: "Du kan altid hente alle dine data som en fil fra “Min lederdialog” og din lederkontrakt som PDF. Du kan trække en deling tilbage med det samme, og du kan slette din konto og alt, hvad du har skrevet; dem, du har holdt dialoger med, får besked.",
    },
  },
  unsubscribe: {
    title: "Afmeld påmindelser",
    intro: "Du er ved at afmelde denne slags e-mail fra Lederdialog:",
    submit: "Afmeld",
    done: "Du er afmeldt. Vi sender ikke flere e-mails af denne slags:",
    others: "Andre påmindelser får du stadig. Hver af dem har sit eget afmeldingslink.",
    kinds: {
      dialoguePrepare: "Påmindelser dagen før en dialog, så du kan forberede dig",
      followUpDue: "Påmindelser på den dag, du skal følge op på en aftale",
      followUpOverdue: "Påmindelser, når du mangler at følge op på en aftale",
    },
  },
} as const;
