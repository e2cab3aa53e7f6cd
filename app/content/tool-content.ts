/**
 * The content of BFA's tool "Styrk lederens dialog med nærmeste leder" (Værktøj 1 in the series
 * "Styrk lederes trivsel og resultater", BFA Velfærd og Offentlig administration, revised March 2024),
 * as typed data in Danish and English.
 *
 * Source: shared/seeds/000_9fb55ece2b0c1734.txt (a text extract of the tool's PDF).
 *
 * Danish (`toolContentDa`): the wording is the seed's, word for word, punctuation included. Only
 * PDF-extraction artefacts that are not wording were repaired ("Arbejds miljø" → "Arbejdsmiljø",
 * "Stu diestræde" → "Studiestræde", line breaks inside titles and URLs), plus the seed's one typo
 * "styrker både både" → "styrker både".
 *
 * Skipped on purpose: the FIRST block headed "Støttespørgsmål til interviewguiden - tag noter på
 * næste side" (inside the section "Aftale med dig selv og med nærmeste leder", before
 * "### Interviewguide") and that "### Interviewguide" block itself. They are garbled by the PDF
 * extraction ("Hvilke forudsætnings er der …", "styrke arbejdsforholdet i dit ledelsesopgave", and
 * theme 3 showing the "Hvilke aftaler har du lavet med dig selv …" question). The support questions
 * below come from the authoritative block "# Støttespørgsmål til interviewguiden – tag noter på næste
 * side" (5 + 5 + 7 bullets), and theme 3's main question is the one printed on the agreement template
 * (the same question is theme 3's on the interview guide; only the garbled block differs).
 *
 * The expectation sides' labels and prompts ("hele vejen rundt") are ours, not the seed's: the seed
 * only refers to a figure. Theme minutes are our suggestion for the 45 minutes of preparation.
 *
 * English (`toolContentEn`): our translation. "nærmeste leder" → "nearest leader", "lederkontrakt" →
 * "leader contract", "psykisk arbejdsmiljø" → "psychological work environment". Names of organisations
 * and bodies (BFA, MED, SU, AMO, the steering group's members) are not translated.
 *
 * Rendering conventions:
 * - `why.findings`: the label is the seed's bold part; `${label} ${text}` reproduces the seed's bullet.
 * - `inviteSteps`: the verb is the seed's bold part; the text is the rest of the bullet. Join them with
 *   a space, except when the text starts with punctuation (Danish "Aftal" + ", hvornår …").
 * - `kontraktFields` follow KONTRAKT_FIELD_IDS (the order of the seed's filled-in example); the blank
 *   template page in the PDF lays the same five fields out in two columns.
 *
 * NOTE: ToolContent has no slot for some of the seed's section headings; they belong in the UI's
 * i18n strings. The seed's Danish wording, for whoever adds them: "Mål med værktøjet",
 * "Sagt om værktøjet", "Hvorfor dette værktøj?", "Formål", "Målgruppe", "Tidsforbrug",
 * "Der er tre procestrin i værktøjet", "Vigtige aftaler kan fx være:", "Sådan kan I bruge
 * værktøjet", "Interviewguide", "Se støttespørgsmål på næste side", "Støttespørgsmål til
 * interviewguiden – tag noter på næste side", "Hent værktøjet på:", "Find undersøgelsen på".
 */
import type { ToolContent } from "./tool-types";

export const toolContentDa: ToolContent = {
  title: "Styrk lederens dialog med nærmeste leder",
  seriesName: "Styrk lederes trivsel og resultater",
  directions: ["Op mod egen leder", "Ind mod én selv"],
  tagline: "Sæt fokus på mål og trivsel",
  goal: [
    "Der er både brug for, at lederen passer på sig selv og får hjælp til det. Det styrker både lederens resultater og din trivsel.",
    "Brug nærmeste leder og andre nøglerelationer til at afstemme rammerne om ledelsesopgaven.",
    "Dette værktøj hjælper til at styrke lederens dialog med nærmeste leder.",
  ],
  quotes: [
    {
      heading: "Vigtigt med fælles ramme",
      text: "Det bedste var, at vi fik en fælles ramme for forståelse for, hvad vi skulle snakke om. Og med spørgsmål, der holder en på sporet, så der ikke går drift i det.",
      source: "Leder, kommune",
    },
    {
      heading: "Endelig mig som leder i centrum!",
      text: "Endelig et værktøj, der gør, at det er MIG, der er i centrum. Jeg får lejlighed til at fortælle, hvad jeg har brug for – hvor fokus ikke er på alt andet eller på at gå på kompromis.",
      source: "Leder, kommune",
    },
    {
      heading: "Vigtigt at kunne dele med leder",
      text: "Vi har tit gode intentioner om, hvad vi vil gøre bedre hver især. Det er vigtigt at have en leder til at dele med og fastholde de gode intentioner, så man ikke står alene med dem.",
      source: "Leder, kommune",
    },
    {
      heading: "Et refleksionsrum for egen praksis",
      text: "Værktøjet tvang mig til – på en rigtig god måde – at reflektere over min egen hverdag og egen praksis. Det er med til, at det bliver legalt som leder at være åben over for det pres, der hviler på en.",
      source: "Leder, regional arbejdsplads",
    },
    {
      heading: "Stærkt sparringsværktøj",
      text: "Værktøjet gav en voldsom god sparring med nærmeste leder. Jeg blev opmærksom på, at jeg i dialogerne med skal mere op i helikopteren og have mere fokus på mig selv og min ledelse.",
      source: "Filialdirektør, finanssektoren",
    },
  ],
  why: {
    intro:
      "Værktøjet 'Styrk lederens dialog med nærmeste leder' er udviklet på baggrund af en undersøgelse med ledere på arbejdspladser i den offentlige og finansielle sektor. Undersøgelsen viser:",
    findings: [
      {
        label: "Krydspres:",
        text: "Ledere skal skabe resultater i en kontekst præget af til tider kraftige krydspres mellem fx mange krav, begrænset tid og høje forventninger fra lederen selv og fra omgivelserne.",
      },
      {
        label: "Ledernes relationer er afgørende",
        text: "for deres trivsel og resultater. Værktøjerne sætter spot på det vigtigste: Relationen til dig selv som leder og din nærmeste leder, til ledelsesgruppen og til den samlede virksomhed.",
      },
      {
        label: "Fire vigtige temaer",
        text: "for ledere er indflydelse og autonomi, psykologisk tryghed og tillid, behov for restitution og refleksion samt støtte til lederen.",
      },
      {
        label: "Der er en sammenhæng mellem ledernes og resten af arbejdspladsens psykiske arbejdsmiljø.",
        text: "Undersøgelsen viser, at ledere ofte oplever at stå alene i presset til potentiel skade for dem selv og resten af organisationen.",
      },
    ],
    focus: "Dette værktøj sætter spot på relationen mellem lederen og lederens nærmeste leder.",
    studyUrl: "https://godtarbejdsmiljo.dk/lederundersogelse",
  },
  purpose: "At styrke lederens trivsel og resultater som leder",
  targetGroup: [
    "Den enkelte leder og nærmeste leder.",
    "Nærmeste leder af ledere eller teamkoordinatorer kan anvende værktøjet sammen med dem.",
  ],
  timeNeeded: "45 min. forberedelse og 45 min. dialog med nærmeste leder",
  processSteps: [
    {
      number: "1",
      title: "Lederen gennemgår interviewguiden med sig selv",
      text: "– eller beder en om at hjælpe sig. Formålet er at synliggøre, hvad der er særligt vigtigt for at styrke lederens psykiske arbejdsmiljø.",
    },
    {
      number: "2",
      title: "Lederen bruger interviewguiden til at lave sin lederkontrakt",
      text: "Formålet er, at lederen laver tydelige aftaler med sig selv om det, der betyder noget for dit psykiske arbejdsmiljø. Lederen kan følge op på aftalerne, fx ved at sætte det i kalenderen.",
    },
    {
      number: "3",
      title: "Lederen forbereder sin dialog med nærmeste leder",
      text: "Lederen forbereder dialog med nærmeste leder om sin ledelsesopgave og sit psykiske arbejdsmiljø. Formålet er at få støtte fra nærmeste leder til mål og trivsel.",
    },
  ],
  importantAgreementExamples: [
    "Hvornår og hvordan giver du plads til sparring, refleksion og restitution?",
    "Hvordan får du sparring på vanskelige dilemmaer i din ledelsesopgave?",
    "Hvilke grænser sætter du for din ledelsesopgave, så du også kan holde fri?",
  ],
  guidanceIntro: [
    "De fem bokse giver forslag til, hvordan forskellige kan bruge værktøjet på arbejdspladsen.",
    "De tre indrammede bokse kan have hovedroller, når værktøjet bruges.",
  ],
  // The seed does not name the three framed boxes; the PDF's framing does: HR og interne konsulenter,
  // Ledere af ledere and Ledere af medarbejdere.
  guidanceRoles: [
    {
      id: "topManagement",
      title: "Topledelsen",
      text: "Anvend værktøjet ift. egne ledere i reference og bed øvrige ledere fortælle, hvordan de vil anvende værktøjet.",
      isMainRole: false,
    },
    {
      id: "hr",
      title: "HR og interne konsulenter",
      text: "Rådgiv ledere i at anvende værktøjet. Vær tydelig med ligheder og forskelle til fx LUS-samtaler. Værktøjet her har fokus på lederes egen trivsel. Sørg for at fastholde organisatorisk læring og forankring i HR, når værktøjet bruges.",
      isMainRole: true,
    },
    {
      id: "med",
      title: "MED eller SU & AMO",
      text: "Foreslå og bak op om gode, løbende dialoger mellem ledere og nærmeste ledere i organisationen. Sæt fokus på lederens støtte til deres medarbejdere og koordinatore, de uformelle ledere.",
      isMainRole: false,
    },
    {
      id: "leadersOfLeaders",
      title: "Ledere af ledere",
      text: "Brug værktøjet til at sætte struktur på dine løbende dialoger med underordnede ledere og med din egen nærmeste leder.",
      isMainRole: true,
    },
    {
      id: "leadersOfEmployees",
      title: "Ledere af medarbejdere",
      text: "Sæt struktur på din egen dialog med nærmeste leder. Lav en klar aftale med dig selv og følg op på den.",
      isMainRole: true,
    },
  ],
  themes: [
    {
      id: "goals",
      number: "1",
      title: "Mål for din ledelsesopgave",
      mainQuestion: "Hvilke mål skal du lykkes med det kommende halv/ hele år som leder?",
      supportQuestions: [
        "Hvad er de vigtigste mål for din ledelsesopgave det næste halve til hele år? Hvilke forventninger er der til dig for at lykkes i din rolle, hvis du ser hele vejen rundt? Brug figuren til at komme hele vejen rundt.",
        "Hvordan sikrer du, at dine mål er de rette, og at de er realistiske? Hvem kan hjælpe dig med det?",
        "Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?",
        "Hvor har du behov for at styrke prioritering i forhold til din ledelsesopgave?",
        "Hvor kan du hente støtte og hjælp til at lykkes med dine mål?",
      ],
      suggestedMinutes: 15,
    },
    {
      id: "wellbeing",
      number: "2",
      title: "Dit psykiske arbejdsmiljø som leder og aftale med dig selv",
      mainQuestion:
        "Hvad er vigtigt for dig for at styrke dit psykiske arbejdsmiljø og passe godt på dig selv?",
      supportQuestions: [
        "Hvad er vigtigt for dig for at styrke din ledelsesopgave og samtidig passe godt på dig selv?",
        "Hvilke grænser har du brug for at sætte omkring dit arbejde? Hvordan kan du styrke relationen mellem dit arbejde og resten af dit liv?",
        "Hvordan varetager du bedst dit ansvar som rollemodel?",
        "Hvilke aftaler vil du lave med dig selv? Fx om besvarelse af mails uden for almindelig arbejdstid.",
        "Hvilke to til tre pointer vil du drøfte med din nærmeste leder? Hvad forventer du at få ud af den samtale?",
      ],
      suggestedMinutes: 15,
    },
    {
      id: "nearestLeader",
      number: "3",
      title: "Aftale og løbende dialog med din nærmeste leder",
      mainQuestion:
        "Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?",
      supportQuestions: [
        "Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø?",
        "Hvordan kan du bedst muligt sikre en løbende afklaring af dit ledelsesrum?",
        "Hvor hyppigt har du korte dialoger med nærmeste leder? Fx hver fjortende dag.",
        "Hvor kan din nærmeste leder være en støtte for dig? Hvordan kan I understøtte jeres gensidige tillid og meningsskabelse fx via løbende forventningsafstemning?",
        "Hvor kan du hente støtte, hjælp og sparring, når du oplever pres fx mangler tid til ledelsesopgaven? Hvordan kan din nærmeste leder understøtte dig i det?",
        "Hvem kan ellers støtte dig i at lykkes godt som leder og passe på dig selv?",
        "Hvis du har et vanskeligt samarbejde med din nærmeste leder, så sørg for at få råd og hjælp til at håndtere relationen.",
      ],
      suggestedMinutes: 15,
    },
  ],
  // Ours, not the seed's: short, neutral prompts for the "hele vejen rundt" figure.
  expectationSides: [
    { id: "ownLeader", label: "Din egen leder", prompt: "Hvad forventer din egen leder af dig?" },
    { id: "employees", label: "Dine medarbejdere", prompt: "Hvad forventer dine medarbejdere af dig?" },
    {
      id: "leaderColleagues",
      label: "Dine lederkolleger",
      prompt: "Hvad forventer dine lederkolleger af dig?",
    },
    { id: "organisation", label: "Organisationen", prompt: "Hvad forventer organisationen af dig?" },
    { id: "citizens", label: "Borgere/kunder", prompt: "Hvad forventer borgere eller kunder af dig?" },
    { id: "self", label: "Dig selv", prompt: "Hvad forventer du af dig selv?" },
  ],
  kontraktTitle: "Aftale med dig selv og med nærmeste leder",
  kontraktFields: [
    {
      id: "goals",
      number: "1",
      title: "Mål for din ledelsesopgave",
      question: "Hvilke mål skal du lykkes med i de kommende 6-12 måneder som leder?",
      example: [
        "Jeg skal have særligt fokus på at understøtte implementeringen af IT-projektet og projekt for bedre kvalitet i kerneopgaven.",
        "Fokus på nøgletal for drift.",
        "Opfølgning på ledelsesrapportering",
        "Opstart, rekruttering og udvikling af smidige arbejdsprocesser for team 12.",
      ],
      isAgreementList: false,
    },
    {
      id: "wellbeing",
      number: "2",
      title: "Dit psykiske arbejdsmiljø",
      question: "Hvad er vigtigt for dig for at styrke dit psykiske arbejdsmiljø og passe godt på dig selv?",
      example: [
        "At jeg kan sparre med mine lederkolleger, både i og uden for afdelingen",
        "At min nærmeste leder og jeg har et tillidsfuldt rum",
        "At jeg har uforstyrret tid",
        "At jeg fortsat har mit ledelsesrum og handlefrihed under ansvar",
        "At jeg kan holde fri, når jeg har fri, her lader jeg op",
      ],
      isAgreementList: false,
    },
    {
      id: "agreementsWithSelf",
      number: "2",
      title: "Aftale med dig selv",
      question:
        "Hvilke aftaler har du lavet med dig selv for at passe godt på dig selv som leder? Hvornår og hvordan følger du op?",
      example: [
        "Jeg er proaktiv på sager i kommende kvartal og opdaterer hver uge mit opgaveoverblik",
        "Jeg lægger pauser ind med mig selv",
        "Jeg tjekker mails fire gange om dagen",
        "Jeg krydser af hver dag på et papir ved mit skrivebord, om jeg har overholdt det i dag",
      ],
      isAgreementList: true,
    },
    {
      id: "alignWithLeader",
      number: "3",
      title: "Aftale og løbende dialog med din nærmeste leder",
      question:
        "Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?",
      example: [
        "Jeg har pt. valgt at sætte særligt fokus på prioritering i min dialog med nærmeste leder. Det tager vi op på statusmøderne hver uge.",
        "Jeg har brug for, at vi taler åbent om gensidig tillid efter behov",
      ],
      isAgreementList: false,
    },
    {
      id: "agreementsWithLeader",
      number: "3",
      title: "Aftale med nærmeste leder",
      question: "Hvilke aftaler har du lavet med nærmeste leder? Hvornår og hvordan følger du op?",
      example: [
        "Vi drøfter og prioriterer de vigtigste sager på vores ugentlige møde",
        "Vi tager vanskelige sager op for at sikre at være afstemt og fastholde gensidig tillid",
        "Vi følger op på hvordan det går de sidste 5 minutter på hvert møde - og har større opfølgning på kvartalsdialogen",
      ],
      isAgreementList: true,
    },
  ],
  exampleTitle: "Eksempel på aftale med dig selv og med nærmeste leder",
  inviteTitle: "Inviter din leder",
  inviteSteps: [
    { verb: "Fortæl", text: "din leder om værktøjet" },
    {
      verb: "Aftal",
      text: ", hvornår I sætter de 45 minutter af til første møde, og book det som en fælles aftale i kalenderen. Husk også et mødelokale eller andet sted med ro til dialogen.",
    },
    {
      verb: "Bed din leder forberede sig",
      text: "på en dialog om dine mål, dit ledelsesrum og din egen trivsel som leder. Vis eventuelt de spørgsmål, du selv vil forberede dig på (slide 10-11).",
    },
    { verb: "Book", text: "det som en fælles aftale i kalenderen, når I har aftalt, hvornår I følger op." },
  ],
  colophon: {
    revised: "Revideret marts 2024",
    publisher: "BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration",
    address: ["Studiestræde 3, 3.sal", "1455 København K"],
    // The seed prints "Styre- og interessegruppe:"; the colon is dropped because this is a heading.
    steeringGroupTitle: "Styre- og interessegruppe",
    steeringGroup: [
      "Akademikerne",
      "BUPL",
      "Danske Regioner",
      "Dansk Socialrådgiverforening",
      "DSR",
      "FOA",
      "HK Kommunal",
      "HK Stat",
      "KL",
      "Medarbejder- og Kompetencestyrelsen",
      "Skolelederforeningen",
    ],
    collaboration: "Aktiviteten og materialerne er udviklet i samarbejde med BFA Finans.",
    credits: [
      "Projektledelse: Mads Kristoffer Lund",
      "Faglige konsulenter: Jan Heiberg og Lill Palmblad",
      "Grafisk design: Karen Krarup",
    ],
    isbn: "978-87-7590-010-7",
  },
  seriesTitle: "Oversigt over værktøjer til lederes trivsel",
  series: [
    {
      label: "Introduktionsværktøj",
      title: "Sæt spot på lederens trivsel",
      url: "https://godtarbejdsmiljo.dk/ledertrivsel-intro",
      isThisTool: false,
    },
    {
      label: "Værktøj 1",
      title: "Styrk lederens dialog med nærmeste leder",
      url: "https://godtarbejdsmiljo.dk/lederdialog",
      isThisTool: true,
    },
    {
      label: "Værktøj 2",
      title: "Skærp ledergruppens samarbejde",
      url: "https://godtarbejdsmiljo.dk/ledergruppen",
      isThisTool: false,
    },
    {
      label: "Værktøj 3",
      title: "Skab en samlet plan for ledertrivsel",
      url: "https://godtarbejdsmiljo.dk/ledertrivselsplan",
      isThisTool: false,
    },
  ],
};

export const toolContentEn: ToolContent = {
  title: "Strengthen the leader’s dialogue with their nearest leader",
  seriesName: "Strengthen leaders’ wellbeing and results",
  directions: ["Upwards, towards your own leader", "Inwards, towards yourself"],
  tagline: "Focus on goals and wellbeing",
  goal: [
    "Leaders need both to look after themselves and to get help in doing so. This strengthens both the leader’s results and your wellbeing.",
    "Use your nearest leader and other key relationships to agree on the framework for your leadership role.",
    "This tool helps strengthen the leader’s dialogue with their nearest leader.",
  ],
  quotes: [
    {
      heading: "A shared framework matters",
      text: "The best thing was that we got a shared framework for understanding what we were going to talk about. And questions that keep you on track, so the conversation doesn’t drift.",
      source: "Leader, municipality",
    },
    {
      heading: "Finally, me as a leader at the centre!",
      text: "Finally, a tool that puts ME at the centre. I get the chance to say what I need – and the focus isn’t on everything else or on making compromises.",
      source: "Leader, municipality",
    },
    {
      heading: "Being able to share with your leader matters",
      text: "We often have good intentions about what we each want to do better. It’s important to have a leader to share them with and to help you hold on to those good intentions, so you’re not left alone with them.",
      source: "Leader, municipality",
    },
    {
      heading: "A space to reflect on your own practice",
      text: "The tool forced me – in a really good way – to reflect on my own everyday work and my own practice. It helps make it legitimate, as a leader, to be open about the pressure that rests on you.",
      source: "Leader, regional workplace",
    },
    {
      heading: "A strong tool for sparring",
      text: "The tool gave me remarkably good sparring with my nearest leader. I realised that in our dialogues I need to take more of a helicopter view and focus more on myself and my leadership.",
      source: "Branch director, financial sector",
    },
  ],
  why: {
    intro:
      "The tool ‘Strengthen the leader’s dialogue with their nearest leader’ was developed on the basis of a study of leaders at workplaces in the public and financial sectors. The study shows:",
    findings: [
      {
        label: "Cross-pressure:",
        text: "Leaders have to deliver results in a context marked by at times strong cross-pressure between, for example, many demands, limited time and high expectations from leaders themselves and from those around them.",
      },
      {
        label: "Leaders’ relationships are crucial",
        text: "to their wellbeing and results. The tools put the spotlight on what matters most: the relationship with yourself as a leader and with your nearest leader, with the leadership group and with the organisation as a whole.",
      },
      {
        label: "Four important themes",
        text: "for leaders are influence and autonomy, psychological safety and trust, the need for recovery and reflection, and support for the leader.",
      },
      {
        label:
          "There is a link between the psychological work environment of leaders and that of the rest of the workplace.",
        text: "The study shows that leaders often feel they stand alone with the pressure, potentially to the detriment of themselves and the rest of the organisation.",
      },
    ],
    focus:
      "This tool puts the spotlight on the relationship between the leader and the leader’s nearest leader.",
    studyUrl: "https://godtarbejdsmiljo.dk/lederundersogelse",
  },
  purpose: "To strengthen the leader’s wellbeing and results as a leader",
  targetGroup: [
    "The individual leader and their nearest leader.",
    "Nearest leaders of leaders or of team coordinators can use the tool together with them.",
  ],
  timeNeeded: "45 minutes of preparation and 45 minutes of dialogue with the nearest leader",
  processSteps: [
    {
      number: "1",
      title: "The leader goes through the interview guide on their own",
      text: "– or asks someone to help. The aim is to make visible what matters most for strengthening the leader’s psychological work environment.",
    },
    {
      number: "2",
      title: "The leader uses the interview guide to write their leader contract",
      text: "The aim is for the leader to make clear agreements with themselves about what matters for their psychological work environment. The leader can follow up on the agreements, for example by putting them in the calendar.",
    },
    {
      number: "3",
      title: "The leader prepares their dialogue with their nearest leader",
      text: "The leader prepares a dialogue with their nearest leader about their leadership role and their psychological work environment. The aim is to get support from the nearest leader for goals and wellbeing.",
    },
  ],
  importantAgreementExamples: [
    "When and how do you make room for sparring, reflection and recovery?",
    "How do you get a sounding board for difficult dilemmas in your leadership role?",
    "What limits do you set on your leadership role so that you can also be properly off work?",
  ],
  guidanceIntro: [
    "The five boxes suggest how different people in the workplace can use the tool.",
    "The three framed boxes can play the main roles when the tool is used.",
  ],
  // The seed does not name the three framed boxes; the PDF's framing does: HR and internal consultants,
  // Leaders of leaders and Leaders of employees.
  guidanceRoles: [
    {
      id: "topManagement",
      title: "Top management",
      text: "Use the tool with the leaders who report to you, and ask other leaders to tell you how they will use the tool.",
      isMainRole: false,
    },
    {
      id: "hr",
      title: "HR and internal consultants",
      text: "Advise leaders on using the tool. Be clear about the similarities to and differences from, for example, LUS conversations (leader development reviews). This tool focuses on leaders’ own wellbeing. Make sure that organisational learning is retained and anchored in HR when the tool is used.",
      isMainRole: true,
    },
    {
      id: "med",
      title: "MED or SU & AMO",
      text: "Propose and back good, ongoing dialogues between leaders and their nearest leaders in the organisation. Put the focus on leaders’ support for their employees and coordinators, the informal leaders.",
      isMainRole: false,
    },
    {
      id: "leadersOfLeaders",
      title: "Leaders of leaders",
      text: "Use the tool to give structure to your ongoing dialogues with the leaders who report to you and with your own nearest leader.",
      isMainRole: true,
    },
    {
      id: "leadersOfEmployees",
      title: "Leaders of employees",
      text: "Give structure to your own dialogue with your nearest leader. Make a clear agreement with yourself and follow up on it.",
      isMainRole: true,
    },
  ],
  themes: [
    {
      id: "goals",
      number: "1",
      title: "Goals for your leadership role",
      mainQuestion: "What goals do you need to achieve as a leader over the coming six months to a year?",
      supportQuestions: [
        "What are the most important goals for your leadership role over the next six months to a year? What is expected of you if you are to succeed in your role, looking all the way round? Use the figure to go all the way round.",
        "How do you make sure that your goals are the right ones and that they are realistic? Who can help you with that?",
        "Who can help you keep your focus on your goals and prioritise them?",
        "Where do you need to get better at prioritising in your leadership role?",
        "Where can you find support and help to achieve your goals?",
      ],
      suggestedMinutes: 15,
    },
    {
      id: "wellbeing",
      number: "2",
      title: "Your psychological work environment as a leader, and your agreement with yourself",
      mainQuestion:
        "What matters to you in strengthening your psychological work environment and taking good care of yourself?",
      supportQuestions: [
        "What matters to you in strengthening your leadership role while also taking good care of yourself?",
        "What boundaries do you need to set around your work? How can you strengthen the relationship between your work and the rest of your life?",
        "How do you best fulfil your responsibility as a role model?",
        "What agreements will you make with yourself? For example, about answering emails outside normal working hours.",
        "Which two or three points do you want to discuss with your nearest leader? What do you expect to get out of that conversation?",
      ],
      suggestedMinutes: 15,
    },
    {
      id: "nearestLeader",
      number: "3",
      title: "Agreement and ongoing dialogue with your nearest leader",
      mainQuestion:
        "What is important for you to align with your nearest leader to support your psychological work environment as a leader?",
      supportQuestions: [
        "What is important for you to align with your nearest leader to support your psychological work environment?",
        "How can you best ensure that your room to manoeuvre as a leader is clarified on an ongoing basis?",
        "How often do you have short dialogues with your nearest leader? For example, every fortnight.",
        "Where can your nearest leader be a support for you? How can the two of you support your mutual trust and sense-making, for example by aligning expectations on an ongoing basis?",
        "Where can you find support, help and sparring when you are under pressure, for example when you lack time for your leadership role? How can your nearest leader support you with that?",
        "Who else can support you in doing well as a leader and taking care of yourself?",
        "If you have a difficult working relationship with your nearest leader, make sure you get advice and help in handling the relationship.",
      ],
      suggestedMinutes: 15,
    },
  ],
  expectationSides: [
    { id: "ownLeader", label: "Your own leader", prompt: "What does your own leader expect of you?" },
    { id: "employees", label: "Your employees", prompt: "What do your employees expect of you?" },
    {
      id: "leaderColleagues",
      label: "Your fellow leaders",
      prompt: "What do your fellow leaders expect of you?",
    },
    { id: "organisation", label: "The organisation", prompt: "What does the organisation expect of you?" },
    { id: "citizens", label: "Citizens/customers", prompt: "What do citizens or customers expect of you?" },
    { id: "self", label: "Yourself", prompt: "What do you expect of yourself?" },
  ],
  kontraktTitle: "Agreement with yourself and with your nearest leader",
  kontraktFields: [
    {
      id: "goals",
      number: "1",
      title: "Goals for your leadership role",
      question: "What goals do you need to achieve as a leader over the next 6–12 months?",
      example: [
        "I need to focus particularly on supporting the implementation of the IT project and the project for better quality in our core task.",
        "Focus on operational key figures.",
        "Follow-up on management reporting",
        "Start-up, recruitment and development of agile work processes for team 12.",
      ],
      isAgreementList: false,
    },
    {
      id: "wellbeing",
      number: "2",
      title: "Your psychological work environment",
      question:
        "What matters to you in strengthening your psychological work environment and taking good care of yourself?",
      example: [
        "That I can spar with my fellow leaders, both inside and outside the department",
        "That my nearest leader and I have a space built on trust",
        "That I have undisturbed time",
        "That I keep my room to manoeuvre as a leader and my freedom to act with responsibility",
        "That I can be off when I’m off – that’s when I recharge",
      ],
      isAgreementList: false,
    },
    {
      id: "agreementsWithSelf",
      number: "2",
      title: "Agreement with yourself",
      question:
        "What agreements have you made with yourself to take good care of yourself as a leader? When and how do you follow up?",
      example: [
        "I am proactive about matters coming up in the next quarter and update my task overview every week",
        "I schedule breaks for myself",
        "I check my email four times a day",
        "Every day I tick a sheet of paper by my desk to show whether I have kept to it today",
      ],
      isAgreementList: true,
    },
    {
      id: "alignWithLeader",
      number: "3",
      title: "Agreement and ongoing dialogue with your nearest leader",
      question:
        "What is important for you to align with your nearest leader to support your psychological work environment as a leader?",
      example: [
        "For now, I have chosen to focus particularly on prioritisation in my dialogue with my nearest leader. We take it up at our weekly status meetings.",
        "I need us to talk openly about mutual trust when needed",
      ],
      isAgreementList: false,
    },
    {
      id: "agreementsWithLeader",
      number: "3",
      title: "Agreement with your nearest leader",
      question: "What agreements have you made with your nearest leader? When and how do you follow up?",
      example: [
        "We discuss and prioritise the most important matters at our weekly meeting",
        "We raise difficult matters to make sure we are aligned and to maintain mutual trust",
        "We follow up on how things are going in the last 5 minutes of every meeting – and have a bigger follow-up at the quarterly dialogue",
      ],
      isAgreementList: true,
    },
  ],
  exampleTitle: "Example of an agreement with yourself and with your nearest leader",
  inviteTitle: "Invite your leader",
  inviteSteps: [
    { verb: "Tell", text: "your leader about the tool" },
    {
      verb: "Agree",
      text: "on when you will set aside the 45 minutes for your first meeting, and book it as a shared appointment in the calendar. Remember to find a meeting room or another quiet place for the conversation, too.",
    },
    {
      verb: "Ask your leader to prepare",
      text: "for a dialogue about your goals, your room to manoeuvre as a leader and your own wellbeing as a leader. You may want to show them the questions you will prepare for yourself (slides 10–11).",
    },
    {
      verb: "Book",
      text: "it as a shared appointment in the calendar once you have agreed when to follow up.",
    },
  ],
  colophon: {
    revised: "Revised March 2024",
    publisher: "BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration",
    address: ["Studiestræde 3, 3.sal", "1455 København K"],
    steeringGroupTitle: "Steering and stakeholder group",
    steeringGroup: [
      "Akademikerne",
      "BUPL",
      "Danske Regioner",
      "Dansk Socialrådgiverforening",
      "DSR",
      "FOA",
      "HK Kommunal",
      "HK Stat",
      "KL",
      "Medarbejder- og Kompetencestyrelsen",
      "Skolelederforeningen",
    ],
    collaboration: "The activity and the materials were developed in collaboration with BFA Finans.",
    credits: [
      "Project management: Mads Kristoffer Lund",
      "Subject-matter consultants: Jan Heiberg and Lill Palmblad",
      "Graphic design: Karen Krarup",
    ],
    isbn: "978-87-7590-010-7",
  },
  seriesTitle: "Overview of tools for leaders’ wellbeing",
  series: [
    {
      label: "Introductory tool",
      title: "Put the spotlight on the leader’s wellbeing",
      url: "https://godtarbejdsmiljo.dk/ledertrivsel-intro",
      isThisTool: false,
    },
    {
      label: "Tool 1",
      title: "Strengthen the leader’s dialogue with their nearest leader",
      url: "https://godtarbejdsmiljo.dk/lederdialog",
      isThisTool: true,
    },
    {
      label: "Tool 2",
      title: "Sharpen the leader group’s collaboration",
      url: "https://godtarbejdsmiljo.dk/ledergruppen",
      isThisTool: false,
    },
    {
      label: "Tool 3",
      title: "Create an overall plan for leaders’ wellbeing",
      url: "https://godtarbejdsmiljo.dk/ledertrivselsplan",
      isThisTool: false,
    },
  ],
};
