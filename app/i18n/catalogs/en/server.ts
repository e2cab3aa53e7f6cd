import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/server";

// Texts only the server uses (mails, PDF, calendar files, data export): never sent to a browser.
// The English of da/server.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  mail: {
    parts: {
      signature: "Kind regards\nLederdialog",
      replyGoesTo: "If you reply to this e-mail, your reply goes to {{name}}.",
      noReply: "Lederdialog sent this e-mail automatically. Replies to it are not read.",
    },
    accountDeleted: {
      subject: "{{name}} has deleted their Lederdialog account",
      greeting: "Dear {{name}}",
      leaderDeleted:
        "{{name}} has deleted their Lederdialog account. Everything {{name}} shared with you, your agendas and your shared dialogue notes have been deleted and can no longer be seen.",
      nearestLeaderDeleted:
        "Your nearest leader, {{name}}, has deleted their Lederdialog account. Your shared dialogue notes have been deleted. Your own leader contract, notes and agreements are still there.",
    },
    rollout: {
      links: {
        signIn: "Sign in to Lederdialog",
        choosePassword: "Choose a password",
        sso: "Sign in with your organisation's sign-in",
      },
      subject: "Invitation: Strengthen the leader's dialogue with their nearest leader",
      greeting: "Hello {{name}}",
      intro: "{{sender}} invites you to use the tool in Lederdialog:",
      private:
        "What you write is your own. You choose what your nearest leader may see, and HR sees only anonymous figures.",
      signIn: "Sign in here to get started:",
      choosePassword:
        "Choose your password here; then you are signed in and can get started. The link works for {{days}} days and can be used once:",
      sso: "Sign in with your organisation’s sign-in here, and get started:",
    },
    invite: {
      link: "See the questions and what {{name}} shares with you",
      subject: "{{name}} invites you to a dialogue about leadership and wellbeing",
      greeting: "Hello",
      intro:
        "{{name}} is using the tool “Styrk lederens dialog med nærmeste leder” (Strengthen the leader's dialogue with their nearest leader) from BFA Velfærd og Offentlig administration and would like to hold a dialogue with you as their nearest leader.",
      tool: "The tool helps a leader get support for their goals and their psychological work environment: the leader prepares, makes an agreement with themselves and holds a structured 45-minute dialogue with their nearest leader.",
      when: "Proposed time: {{date}} at {{time, wallTime}} (45 minutes).",
      where: "Place: {{location}}",
      prepare:
        "Please prepare for a dialogue about {{name}}'s goals, room to manoeuvre and wellbeing as a leader. Open the link below to see the questions and what {{name}} has chosen to share with you. The link works once and for {{days}} days.",
      calendar: "The invitation is attached as a calendar appointment.",
      eventSummary: "Dialogue with {{name}} (Strengthen the leader's dialogue with their nearest leader)",
      eventDescription:
        "A 45-minute dialogue about the leader's goals, room to manoeuvre and wellbeing. Find a quiet place for the conversation.",
      copySubject: "Your invitation to the dialogue has been sent",
      copyBody:
        "The invitation to your nearest leader ({{email}}) has been sent. The calendar appointment is attached so that you have it in your calendar too.",
    },
    followUp: {
      link: "Open the dialogue",
      subject: "Follow-up dialogues with {{name}}: {{rhythm}}",
      body: "You and {{name}} have agreed on follow-up dialogues: {{rhythm}}, first on {{date}} at {{time, wallTime}} ({{minutes}} minutes, {{count}} times). Place: {{location}}. Items you did not get to move on to the next agenda.",
      eventSummary: "Follow-up dialogue with {{name}}",
      eventDescription:
        "{{rhythm}}: a short follow-up on your agreements and what you did not get to last time.",
    },
    reset: {
      link: "Choose a new password",
      subject: "Reset your Lederdialog password",
      greeting: "Hello {{name}}",
      body: "You (or someone else) asked to reset the password of your Lederdialog account. Open the link below to choose a new password. The link works for {{minutes}} minutes and can be used once.",
      ignore: "If you did not ask for this, you can ignore this e-mail. Your password has not been changed.",
    },
    reminder: {
      agreementLink: "See the agreement",
      unsubscribeLink: "Unsubscribe from these reminders",
      greeting: "Hello {{name}}",
      agreementQuote: "“{{text}}”",
      unsubscribe: "Don't want reminders like this? Unsubscribe with one click:",
      dialoguePrepare: {
        leaderLink: "Open your preparation",
        nearestLeaderLink: "See the questions and what {{leader}} shares with you",
        leaderSubject: "Reminder: your dialogue with your nearest leader on {{date}}",
        leaderWhen: "Your dialogue with your nearest leader is on {{date}} at {{time, wallTime}}.",
        leaderPrepare:
          "Take a quiet moment before then to look at your preparation and the points you want to raise:",
        nearestLeaderSubject: "Reminder: your dialogue with {{leader}} on {{date}}",
        nearestLeaderWhen: "Your dialogue with {{leader}} is on {{date}} at {{time, wallTime}}.",
        nearestLeaderPrepare:
          "Please prepare. Here you can see the questions and what {{leader}} has chosen to share with you:",
        where: "Place: {{location}}",
      },
      followUpDue: {
        subject: "Today you follow up on your agreement",
        intro: "Today is the day you follow up on your agreement:",
        action: "See the agreement, and tick off whether you kept it:",
      },
      followUpOverdue: {
        subject: "You have an agreement to follow up on",
        intro: "The follow-up on your agreement was on {{date}}, and it has not been ticked off yet:",
        action: "See the agreement, and tick off whether you kept it. You can also give it a new date:",
      },
    },
  },
  dataExport: {
    title: "Your data in Lederdialog – {{name}}",
    intro: "Everything Lederdialog holds about you, downloaded {{date}}. The same is available as JSON.",
    account: "Your account",
    cycles: "Your cycles",
    cycle: "Cycle {{number}}, started {{date}}",
    agreements: "Agreements",
    dialogues: "Your dialogues",
    with: "with {{name}}",
    nobody: "nobody yet",
    invitations: "Invitations you sent",
    invitation: "To {{email}}, sent {{date}}",
    linkedSignIns: "Connected to your organisation's sign-in",
    sessions: "Where you are signed in",
    securityLog: "Sign-in and security",
    none: "Nothing.",
    status: { active: "under way", completed: "kept", dropped: "dropped" },
    dialoguePoint: "Point {{number}} for the dialogue",
    dialoguePoints: "The two to three points you want to talk about with your nearest leader",
  },
  calendar: {
    followUpSummary: "Follow-up: {{text}}",
    how: "How I follow up",
    singleName: "Follow-up on an agreement",
    feedName: "Lederdialog – {{name}}",
  },
  pdf: {
    documentTitle: "Leader contract – {{name}}",
    preparedBy: "Prepared by {{name}}",
    date: "Date: {{date}}",
    cycleStarted: "Cycle started {{date}}",
    followUp: "Follow-up",
    recurringFrom: "{{recurrence}} from {{date}}",
    onceOn: "{{recurrence}}, on {{date}}",
    how: "How",
    status: "Status",
    completed: "Kept",
    noAgreements: "No agreements yet.",
    noText: "Not filled in.",
    page: "Page {{page}} of {{total}}",
  },
};
