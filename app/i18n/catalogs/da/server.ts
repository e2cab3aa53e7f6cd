// Texts only the server uses (mails, PDF, calendar files, data export): never sent to a browser.
// One area of the Danish catalog (docs/decisions/045): whole top-level namespaces only, each in
// exactly one area; the list of areas and their namespaces is app/i18n/text-areas.ts.
export const texts = {
  mail: {
    parts: {
      signature: "Venlig hilsen\nLederdialog",
      replyGoesTo: "Svarer du på denne mail, går svaret til {{name}}.",
      noReply: "Lederdialog har sendt denne mail automatisk. Svar på den bliver ikke læst.",
    },
    accountDeleted: {
      subject: "{{name}} har slettet sin konto i Lederdialog",
      greeting: "Kære {{name}}",
      leaderDeleted:
        "{{name}} har slettet sin konto i Lederdialog. Alt, hvad {{name}} havde delt med dig, jeres dagsordener og jeres fælles dialognoter er slettet og kan ikke længere ses.",
      nearestLeaderDeleted:
        "Din nærmeste leder, {{name}}, har slettet sin konto i Lederdialog. Jeres fælles dialognoter er slettet. Din egen lederkontrakt, dine noter og dine aftaler er der stadig.",
    },
    rollout: {
      links: {
        signIn: "Log ind i Lederdialog",
        choosePassword: "Vælg en adgangskode",
        sso: "Log ind med din organisations log-ind",
      },
      subject: "Invitation: Styrk lederens dialog med nærmeste leder",
      greeting: "Hej {{name}}",
      intro: "{{sender}} inviterer dig til at bruge værktøjet i Lederdialog:",
      private:
        "Det, du skriver, er dit eget. Du vælger selv, hvad din nærmeste leder må se, og HR ser kun anonyme tal.",
      signIn: "Log ind her for at gå i gang:",
      choosePassword:
        "Vælg din adgangskode her, så er du logget ind og kan gå i gang. Linket virker i {{days}} dage og kan bruges én gang:",
      sso: "Log ind med din organisations log-ind her, og gå i gang:",
    },
    invite: {
      link: "Se spørgsmålene og det, {{name}} deler med dig",
      subject: "{{name}} inviterer dig til en dialog om ledelse og trivsel",
      greeting: "Hej",
      intro:
        "{{name}} bruger værktøjet “Styrk lederens dialog med nærmeste leder” fra BFA Velfærd og Offentlig administration og vil gerne holde en dialog med dig som nærmeste leder.",
      tool: "Værktøjet hjælper en leder med at få støtte til sine mål og sit psykiske arbejdsmiljø: lederen forbereder sig, laver en aftale med sig selv og holder en struktureret dialog på 45 minutter med sin nærmeste leder.",
      when: "Forslag til tid: {{date}} kl. {{time, wallTime}} (45 minutter).",
      where: "Sted: {{location}}",
      prepare:
        "Forbered dig gerne på en dialog om {{name}}s mål, ledelsesrum og trivsel som leder. Åbn linket herunder for at se spørgsmålene og det, {{name}} har valgt at dele med dig. Linket virker én gang og i {{days}} dage.",
      calendar: "Invitationen er vedhæftet som en kalenderaftale.",
      eventSummary: "Dialog med {{name}} (Styrk lederens dialog med nærmeste leder)",
      eventDescription:
        "45 minutters dialog om lederens mål, ledelsesrum og trivsel. Find et sted med ro til samtalen.",
      copySubject: "Din invitation til dialogen er sendt",
      copyBody:
        "Invitationen til din nærmeste leder ({{email}}) er sendt. Kalenderaftalen er vedhæftet, så du også har den i din kalender.",
    },
    followUp: {
      link: "Åbn dialogen",
      subject: "Opfølgende dialoger med {{name}}: {{rhythm}}",
      body: "Du og {{name}} har aftalt opfølgende dialoger: {{rhythm}}, første gang {{date}} kl. {{time, wallTime}} ({{minutes}} minutter, {{count}} gange). Sted: {{location}}. Punkter, I ikke nåede, kommer med på næste dagsorden.",
      eventSummary: "Opfølgende dialog med {{name}}",
      eventDescription: "{{rhythm}}: kort opfølgning på jeres aftaler og det, I ikke nåede sidst.",
    },
    reset: {
      link: "Vælg en ny adgangskode",
      subject: "Nulstil din adgangskode til Lederdialog",
      greeting: "Hej {{name}}",
      body: "Du (eller en anden) har bedt om at nulstille adgangskoden til din konto i Lederdialog. Åbn linket herunder for at vælge en ny adgangskode. Linket virker i {{minutes}} minutter og kan bruges én gang.",
      ignore: "Har du ikke bedt om det, kan du se bort fra denne mail. Din adgangskode er ikke ændret.",
    },
    reminder: {
      agreementLink: "Se aftalen",
      unsubscribeLink: "Afmeld denne slags påmindelser",
      greeting: "Hej {{name}}",
      agreementQuote: "“{{text}}”",
      unsubscribe: "Vil du ikke have denne slags påmindelser? Afmeld dem med ét klik:",
      dialoguePrepare: {
        leaderLink: "Åbn din forberedelse",
        nearestLeaderLink: "Se spørgsmålene og det, {{leader}} deler med dig",
        leaderSubject: "Påmindelse: din dialog med din nærmeste leder {{date}}",
        leaderWhen: "Din dialog med din nærmeste leder er {{date}} kl. {{time, wallTime}}.",
        leaderPrepare:
          "Tag dig gerne en stille stund inden da, og se på din forberedelse og de punkter, du vil tage op:",
        nearestLeaderSubject: "Påmindelse: din dialog med {{leader}} {{date}}",
        nearestLeaderWhen: "Din dialog med {{leader}} er {{date}} kl. {{time, wallTime}}.",
        nearestLeaderPrepare:
          "Forbered dig gerne. Her kan du se spørgsmålene og det, {{leader}} har valgt at dele med dig:",
        where: "Sted: {{location}}",
      },
      followUpDue: {
        subject: "I dag følger du op på din aftale",
        intro: "I dag er dagen, hvor du følger op på din aftale:",
        action: "Se aftalen, og kryds af, om du holdt den:",
      },
      followUpOverdue: {
        subject: "Du mangler at følge op på en aftale",
        intro: "Opfølgningen på din aftale var {{date}}, og den er ikke krydset af endnu:",
        action: "Se aftalen, og kryds af, om du holdt den. Du kan også give den en ny dato:",
      },
    },
  },
  dataExport: {
    title: "Dine data i Lederdialog – {{name}}",
    intro: "Alt, hvad Lederdialog har om dig, hentet {{date}}. Den samme fil findes som JSON.",
    account: "Din konto",
    cycles: "Dine forløb",
    cycle: "Forløb {{number}}, startet {{date}}",
    agreements: "Aftaler",
    dialogues: "Dine dialoger",
    with: "med {{name}}",
    nobody: "ingen endnu",
    invitations: "Invitationer, du har sendt",
    invitation: "Til {{email}}, sendt {{date}}",
    linkedSignIns: "Forbundet med din organisations log-ind",
    sessions: "Hvor du er logget ind",
    securityLog: "Log-ind og sikkerhed",
    none: "Intet.",
    status: { active: "i gang", completed: "holdt", dropped: "droppet" },
    dialoguePoint: "Punkt {{number}} til dialogen",
    dialoguePoints: "De to til tre punkter, du vil tale med din nærmeste leder om",
  },
  calendar: {
    followUpSummary: "Opfølgning: {{text}}",
    how: "Sådan følger jeg op",
    singleName: "Opfølgning på aftale",
    feedName: "Lederdialog – {{name}}",
  },
  pdf: {
    documentTitle: "Lederkontrakt – {{name}}",
    preparedBy: "Udarbejdet af {{name}}",
    date: "Dato: {{date}}",
    cycleStarted: "Forløbet startede {{date}}",
    followUp: "Opfølgning",
    recurringFrom: "{{recurrence}} fra {{date}}",
    onceOn: "{{recurrence}}, den {{date}}",
    how: "Sådan",
    status: "Status",
    completed: "Holdt",
    noAgreements: "Ingen aftaler endnu.",
    noText: "Ikke udfyldt.",
    page: "Side {{page}} af {{total}}",
  },
} as const;
