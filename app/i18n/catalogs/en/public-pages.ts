import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/public-pages";

// Texts of the pages anyone can read.
// The English of da/public-pages.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
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
  privacy: {
    title: "Privacy",
    intro:
      "What a leader writes about their own psychological work environment is sensitive. Lederdialog is built so that it stays private until you share it yourself.",
    stored: {
      title: "What we store",
      text: "Your account (name, e-mail, language, password as a one-way hash), your preparation notes, your leader contract, your agreements and tick-offs, your dialogues (time, place, agenda and shared notes) and a security log of sign-ins. If your organisation takes part, also your unit, your nearest leader and your roles.",
    },
    why: {
      title: "Why",
      text: "So that you can prepare, make agreements with yourself and hold the dialogue with your nearest leader – and follow up. We use your data for nothing else.",
    },
    who: {
      title: "Who sees what",
      text: "You see everything of your own. Your nearest leader sees only what you choose to share, part by part, and what you write together in the dialogue. HR, top management and MED/AMO see only anonymous figures: a count only when at least five did something and at least five did not – otherwise only a range such as “under 5” – never names or text. An administrator manages accounts but cannot read what anyone has written.",
    },
    log: {
      title: "A log of who has seen what you share",
      text: "Every time your nearest leader sees what you share, it is written to a log. You can see the log on the dialogue page.",
    },
    howLong: {
      title: "How long",
      text: "Your data is kept as long as you have an account. Finished cycles are kept as history – if your organisation has chosen a retention period, they are deleted automatically when it has passed. A deactivated account keeps its data until it is deleted. If you delete your account, everything you wrote is deleted at once.",
    },
    cookies: {
      title: "Cookies",
      text: "We use only necessary cookies, five in all: ld_session keeps you signed in; lang remembers your language; ld_device remembers which accounts have signed in from your browser before (so that other people's wrong attempts do not lock you out, and so that we can write to you when someone signs in from a new browser); ld_flash carries a short message to the next page (for example that an invitation has been sent) and is deleted once that page is shown, after a minute at the latest; ld_sso exists only for the 15 minutes at most that a sign-in through your organisation takes, so that nobody else can finish it in your browser. No tracking and no ads.",
    },
    rights: {
      title: "Your rights",
      text: "You can always download all your data as a file from “My leader dialogue”, and your leader contract as a PDF. You can withdraw a share at once, and you can delete your account and everything you wrote; the people you held dialogues with are told.",
    },
  },
  unsubscribe: {
    title: "Unsubscribe from reminders",
    intro: "You are about to stop this kind of e-mail from Lederdialog:",
    submit: "Unsubscribe",
    done: "You are unsubscribed. We will not send more e-mails of this kind:",
    others: "You still get the other reminders. Each has its own unsubscribe link.",
    kinds: {
      dialoguePrepare: "Reminders the day before a dialogue, so you can prepare",
      followUpDue: "Reminders on the day you follow up on an agreement",
      followUpOverdue: "Reminders when you have an agreement to follow up on",
    },
  },
};
