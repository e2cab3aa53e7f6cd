import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/core";

// Texts on every page: the page frame, error pages, the tool's steps, confirmations.
// The English of da/core.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  meta: {
    appName: "Lederdialog",
    titleSuffix: "Lederdialog",
    description:
      "Lederdialog is the digital version of BFA's tool “Strengthen the leader's dialogue with their nearest leader”: prepare, write your leader contract and hold the dialogue with your nearest leader.",
  },
  layout: {
    figures: "Figures",
    rollout: "Roll-out",
    admin: "Admin",
    privacy: "Privacy",
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
    pageLinks: {
      label: "Pages",
      previous: "Previous page",
      next: "Next page",
      pageOf: "Page {{page}} of {{pageCount}}",
    },
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
  recurrence: {
    once: "Once",
    daily: "Every day",
    weekly: "Every week",
    biweekly: "Every 14 days",
    monthly: "Every month",
    quarterly: "Every quarter",
  },
  confirm: {
    cancel: "Cancel",
    newCycle: {
      title: "Start a new cycle?",
      text: "Your current cycle will be archived: your notes, your leader contract and your agreements are kept as history that you can read but no longer write in. The new cycle starts empty.",
      yes: "Yes, start a new cycle",
    },
    deleteUnit: {
      title: "Delete the unit “{{name}}”?",
      text: "{{path}} will be deleted. This cannot be undone, but you can create the unit again.",
      yes: "Yes, delete the unit",
    },
    drop: {
      title: "Drop the agreement?",
      text: "“{{text}}” will be marked as dropped. You can reopen it later on this page.",
      yes: "Yes, drop the agreement",
    },
    rollout: {
      title: "Send the invitations?",
      text_one: "{{count, number}} leader in {{unit}} will get an invitation by e-mail:",
      text_other: "{{count, number}} leaders in {{unit}} will get an invitation by e-mail:",
      none: "No leader in {{unit}} will get an e-mail: there are no active leaders who were not invited before.",
      more_one: "and {{count, number}} more",
      more_other: "and {{count, number}} more",
      alreadyInvited_one:
        "{{count, number}} leader was invited before, or the invitation is on its way, and gets no new e-mail.",
      alreadyInvited_other:
        "{{count, number}} leaders were invited before, or their invitations are on their way, and get no new e-mail.",
      recipientsLabel: "Who gets the e-mail",
      yes_one: "Yes, send to {{count, number}} leader",
      yes_other: "Yes, send to {{count, number}} leaders",
    },
  },
  errors: {
    notFoundTitle: "Page not found",
    dialogueCancelledTitle: "The dialogue has been cancelled",
    dialogueCancelledText:
      "The dialogue this link leads to has been cancelled, so it can no longer be opened. Your dialogues are under My leader dialogue.",
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
