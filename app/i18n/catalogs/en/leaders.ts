import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/leaders";

// Texts of leaders of leaders and reporting lines.
// The English of da/leaders.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  leaders: {
    when: "{{date}} at {{time, wallTime}}",
    lastLink: "latest dialogue with {{name}}",
    nextLink: "prepare the next dialogue with {{name}}",
    title: "Your leaders",
    intro:
      "The leaders you are nearest leader for, and where they are in their cycle. You see dates and numbers – never what they wrote.",
    empty: "No leader has invited you as their nearest leader yet.",
    caption: "Your leaders and their dialogues",
    name: "Leader",
    last: "Latest dialogue",
    next: "Next dialogue",
    openAgreements: "Agreements in progress",
    none: "None",
    searchLabel: "Search for a leader",
    searchHint: "Part of the name is enough.",
    search: "Search",
    count_one: "You are the nearest leader of {{count}} leader.",
    count_other: "You are the nearest leader of {{count}} leaders.",
    found: "{{total}} leaders match “{{search}}”.",
    noneFound: "No leaders match “{{search}}”.",
    clear: "Show all your leaders",
    homeText: "You are the nearest leader of other leaders. See their dialogues and prepare.",
    open: "See your leaders",
  },
  reportingLines: {
    previewTitle: "Changes of nearest leader",
    previewIntro_one:
      "When you import the file, {{count}} person gets a different nearest leader. They and both nearest leaders are told by e-mail. A dialogue stays with the nearest leader who accepted it until the leader invites someone else.",
    previewIntro_other:
      "When you import the file, {{count}} people get a different nearest leader. Each of them and both nearest leaders are told by e-mail. A dialogue stays with the nearest leader who accepted it until the leader invites someone else.",
    previewNone: "Nobody gets a different nearest leader with this file.",
    previewShown: "Showing {{shown}} of {{total}} changes.",
    previewMore_one: "And {{count}} more change not shown here. It is applied and mailed too.",
    previewMore_other: "And {{count}} more changes not shown here. They are applied and mailed too.",
    change: "Line {{line}}: {{person}} – from {{from}} to {{to}}",
    nobody: "nobody",
    imported_one: "{{count}} change of nearest leader has been mailed to the people concerned.",
    imported_other: "{{count}} changes of nearest leader have been mailed to the people concerned.",
    overviewElsewhere: "The dialogue is with another nearest leader until {{name}} invites you.",
    inviteSuggested:
      "Your organisation has registered {{suggested}} ({{suggestedEmail}}) as your nearest leader. Your dialogue is still with {{current}}, and the invitation below goes to {{current}} until you choose someone else.",
    inviteUseSuggested: "Invite {{suggested}} instead",
    inviteUsingSuggested:
      "The invitation below goes to {{suggested}}, whom your organisation has registered as your nearest leader. Your dialogue stays with {{current}} until {{suggested}} accepts.",
    inviteKeepCurrent: "Invite {{current}} again instead",
    inviteFromOrganisation:
      "The invitation below goes to {{suggested}}, whom your organisation has registered as your nearest leader.",
    mail: {
      greeting: "Dear {{name}}",
      leaderSubject: "Your nearest leader has changed in Lederdialog",
      leaderChanged:
        "Your organisation has changed your nearest leader in Lederdialog from {{from}} to {{to}}.",
      leaderSet: "Your organisation has registered {{to}} as your nearest leader in Lederdialog.",
      leaderRemoved: "Your organisation has removed {{from}} as your nearest leader in Lederdialog.",
      leaderStaysWith:
        "Your dialogue stays with {{holder}} until you invite someone else: {{holder}} still sees what you share.",
      leaderNewSeesNothing:
        "{{to}} sees neither your dialogues, your agreements nor what you share until you invite {{to}} and {{to}} accepts.",
      leaderAlreadyWith: "Your dialogue is already with {{to}}.",
      leaderNoDialogue:
        "Nobody sees anything you have written until you invite your nearest leader and they accept.",
      previousSubject: "{{person}} has a new nearest leader in Lederdialog",
      previousChanged:
        "Your organisation has registered {{to}} as {{person}}'s nearest leader instead of you.",
      previousRemoved: "Your organisation has removed you as {{person}}'s nearest leader.",
      previousStaysWithYou:
        "{{person}}'s dialogue stays with you until {{person}} invites someone else: you still see what {{person}} shares with you.",
      previousNothingChanges: "This does not change what you can see in Lederdialog.",
      nextSubject: "You are registered as {{person}}'s nearest leader",
      nextChanged: "Your organisation has registered you as {{person}}'s nearest leader instead of {{from}}.",
      nextSet: "Your organisation has registered you as {{person}}'s nearest leader.",
      nextElsewhere:
        "{{person}}'s dialogue stays with the nearest leader who accepted it until {{person}} invites you. Until then you see neither the dialogues, the agreements nor what {{person}} shares.",
      nextAlreadyYou: "{{person}}'s dialogue is already with you.",
      nextNoDialogue:
        "You see nothing of what {{person}} writes until {{person}} invites you and you accept.",
    },
  },
};
