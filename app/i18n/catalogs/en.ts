import type { Catalog } from "./catalog";

// English: complete, kept in step with da.ts (the Catalog type and catalogs.test.ts enforce it).
export const en: Catalog = {
  meta: {
    appName: "Lederdialog",
    titleSuffix: "Lederdialog",
    description:
      "Lederdialog is the digital version of BFA's tool “Strengthen the leader's dialogue with their nearest leader”: prepare, write your leader contract and hold the dialogue with your nearest leader.",
  },
  layout: {
    skipToContent: "Skip to content",
    mainNavigation: "Main menu",
    home: "Home",
    about: "About the tool",
    myDialog: "My leader dialogue",
    signIn: "Sign in",
    signUp: "Create account",
    signOut: "Sign out",
    signedInAs: "Signed in as {{name}}",
    switchLanguage: "Dansk",
    switchLanguageLabel: "Skift sproget til dansk",
    footerCredit:
      "Lederdialog is based on the tool “Styrk lederens dialog med nærmeste leder”, published by BFA Velfærd og Offentlig administration.",
    footerNavigation: "Footer",
    accessibilityStatement: "Accessibility statement",
  },
  steps: {
    label: "Your steps",
    prepare: "Prepare",
    kontrakt: "Leader contract",
    dialogue: "Dialogue with your nearest leader",
    followUp: "Follow-up",
    current: "current step",
    stepOf: "Step {{number}} of {{total}}",
  },
  validation: {
    summaryTitle: "There are errors in the form",
    summaryIntro: "Please correct the following to continue:",
    required: "Fill in this field.",
    nameRequired: "Enter your name.",
    nameTooLong: "The name can be at most 200 characters.",
    emailRequired: "Enter your e-mail address.",
    emailInvalid: "Enter a valid e-mail address, e.g. name@example.com.",
    emailTooLong: "The e-mail address can be at most 254 characters.",
    passwordRequired: "Enter your password.",
    passwordTooShort: "The password must be at least 10 characters.",
    passwordTooLong: "The password can be at most 200 characters.",
    invalidLanguage: "Choose Danish or English.",
    formInvalid: "The form could not be read. Please try again.",
  },
  auth: {
    signUp: {
      title: "Create account",
      intro:
        "You can use Lederdialog on your own, even if your organisation has not set anything up. What you write is private until you choose to share it.",
      name: "Your name",
      nameHint: "The name your nearest leader knows you by.",
      email: "E-mail",
      emailHint: "You sign in with your e-mail address.",
      password: "Password",
      passwordHint: "At least 10 characters. A sentence is easy to remember and hard to guess.",
      submit: "Create account",
      emailTaken: "An account with this e-mail address already exists. Sign in, or ask for a new password.",
      haveAccount: "Already have an account?",
    },
    signIn: {
      title: "Sign in",
      email: "E-mail",
      password: "Password",
      submit: "Sign in",
      invalid: "The e-mail address or the password is wrong.",
      rateLimited: "There have been too many attempts to sign in. Wait 15 minutes and try again.",
      forgot: "Forgot your password?",
      noAccount: "Don't have an account?",
      passwordChanged: "Your password has been changed. Sign in with the new password.",
      signedOut: "You are signed out.",
    },
    forgot: {
      title: "Forgot password",
      intro:
        "Enter your e-mail address. If there is an account with that address, we will send a link you can use to choose a new password.",
      email: "E-mail",
      submit: "Send link",
      sent: "Check your inbox. If there is an account with {{email}}, we have sent a link. The link works for {{minutes}} minutes and can be used once.",
      rateLimited: "Too many links have been requested. Wait an hour and try again.",
      back: "Back to sign in",
    },
    reset: {
      title: "Choose a new password",
      password: "New password",
      passwordHint: "At least 10 characters.",
      submit: "Save new password",
      invalidToken: "The link has expired or has already been used. Ask for a new link.",
      requestNew: "Ask for a new link",
    },
  },
  mail: {
    reset: {
      subject: "Reset your Lederdialog password",
      greeting: "Hello {{name}}",
      body: "You (or someone else) asked to reset the password of your Lederdialog account. Open the link below to choose a new password. The link works for {{minutes}} minutes and can be used once.",
      ignore: "If you did not ask for this, you can ignore this e-mail. Your password has not been changed.",
      signature: "Kind regards\nLederdialog",
    },
  },
  landing: {
    title: "Strengthen your dialogue with your nearest leader",
    lead: "Lederdialog turns BFA's tool “Styrk lederens dialog med nærmeste leder” into a digital journey: prepare, make an agreement with yourself, and hold a structured dialogue with your nearest leader about your goals and your wellbeing.",
    start: "Get started",
    signIn: "Sign in",
    privacy: "What you write is private. Your nearest leader sees only what you choose to share.",
    stepsTitle: "Three steps – and follow-up",
    followUpText:
      "Short, regular dialogues with your nearest leader, the status of your agreements, and a new cycle every 6–12 months.",
    whoTitle: "Who is the tool for?",
    timeTitle: "How long does it take?",
    quotesTitle: "What leaders say about the tool",
    aboutLink: "Read more about the tool",
  },
  about: {
    title: "About the tool",
    intro:
      "Lederdialog is the digital version of the tool “Styrk lederens dialog med nærmeste leder” (Strengthen the leader's dialogue with their nearest leader). In Danish, the questions and the agreement template keep the tool's own words.",
    goalTitle: "The aim of the tool",
    whyTitle: "Why this tool?",
    studyLink: "Find the study at godtarbejdsmiljo.dk (in Danish)",
    factsTitle: "Purpose, target group and time needed",
    purpose: "Purpose",
    targetGroup: "Target group",
    time: "Time needed",
    stepsTitle: "The tool has three process steps",
    importantAgreements: "Important agreements could be:",
    guideTitle: "Interview guide",
    supportQuestions: "Support questions",
    kontraktTitle: "Agreement template",
    exampleTitle: "Example",
    inviteTitle: "Invite your leader",
    usageTitle: "How you can use the tool",
    mainRole: "Main role",
    seriesTitle: "Tools for leaders' wellbeing",
    thisTool: "This tool",
    creditTitle: "Publisher",
    creditText:
      "The tool is published by BFA Velfærd og Offentlig administration (the Danish sector working environment community for welfare and public administration). Lederdialog reproduces the tool's content and is not itself published by BFA.",
    steeringGroup: "Steering and stakeholder group",
  },
  accessibility: {
    title: "Accessibility statement",
    intro: "Lederdialog should be usable by everyone. We work to the WCAG 2.1 standard at level AA.",
    statusTitle: "How accessible is Lederdialog?",
    status:
      "Every page can be used with the keyboard alone and with a screen reader. Every page is tested automatically with axe in a real browser whenever the code changes, and must have no errors. Forms have a visible label for every field, and errors are shown both together at the top and next to the field they concern.",
    knownTitle: "Known limitations",
    known:
      "We know of no pages that fall short of the requirements. If you find one, we would like to hear about it.",
    contactTitle: "Tell us",
    contact:
      "If you have problems with accessibility, write to whoever set up Lederdialog in your organisation, or to the e-mail address your organisation has given.",
    complaintTitle: "How to complain",
    complaint:
      "If you are not satisfied with the answer, you can complain to the Danish Agency for Digital Government, which supervises the accessibility of public digital services.",
    updated: "This statement was last updated on {{date}}.",
  },
  home: {
    title: "My leader dialogue",
    welcome: "Welcome, {{name}}",
    intro:
      "This is where you keep your preparation, your leader contract and your dialogues with your nearest leader. Everything you write is private until you share it.",
    nextTitle: "The next step",
    nextText:
      "Start by preparing. Set aside about 45 minutes, ideally somewhere quiet. You can pause at any time.",
    guidePreviewTitle: "The questions of the interview guide",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundText:
      "We cannot find the page you are looking for. The link may be wrong, or you may not have access to it.",
    badRequestTitle: "We could not read that",
    badRequestText: "Your request could not be processed. Go back and try again.",
    forbiddenTitle: "The action was refused",
    forbiddenText:
      "The request did not come from Lederdialog itself, so it was refused for your safety. Go back and try again.",
    unavailableTitle: "Lederdialog is temporarily unavailable",
    unavailableText:
      "We cannot reach the database right now. Nothing you wrote has been lost. Please try again shortly.",
    genericTitle: "Something went wrong",
    genericText:
      "Something went wrong on our side. Please try again shortly. Nothing you wrote has been lost.",
    backHome: "Go to the home page",
  },
};
