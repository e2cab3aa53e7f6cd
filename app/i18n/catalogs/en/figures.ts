import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/figures";

// Texts of HR's pages: figures and roll-out.
// The English of da/figures.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  figures: {
    title: "Figures for the organisation",
    intro:
      "Anonymous figures on how leaders use the tool. Groups under five people are not counted. Never names, never text.",
    homeText: "See anonymous figures on how the organisation's leaders use the tool.",
    open: "See the figures",
    unit: "Unit",
    showingFor: "The figures are for:",
    showWholeOrganisation: "Show the whole organisation",
    chooseUnit: "Choose a unit",
    wholeOrganisation: "The whole organisation",
    from: "From quarter",
    to: "To quarter",
    role: "Leaders",
    allLeaders: "All leaders",
    leadersOfEmployees: "Leaders of employees",
    leadersOfLeaders: "Leaders of leaders",
    show: "Show the figures",
    caption: "Cycles started from {{from}} to {{to}}",
    figure: "Figure",
    value: "Value",
    started: "Leaders who started a cycle",
    finishedStep1: "… and prepared (step 1)",
    wroteKontrakt: "… and wrote a leader contract",
    heldDialogue: "… and held a dialogue with their nearest leader",
    heldFollowUp: "… and held follow-up dialogues",
    keptShare: "Share of agreements kept",
    suppressed: "Not shown (fewer than 5)",
    suppressionNote: "Groups with fewer than five leaders are not counted.",
    csv: "Download the figures as CSV",
  },
  figureRanges: {
    rule: "A count is shown only when at least five did it and at least five did not. Otherwise only a range is shown, for example “under 5” or “all but under 5”, so no one can tell what a single leader did – also not by subtracting one figure from another.",
    under: "under 5",
    allButUnder: "all but under 5",
    between: "between 5 and {{upTo}}",
    groupTooSmall: "Not shown (too few in the group for this figure)",
    shareNotShown: "Not shown (fewer than 5 agreements kept, or not kept)",
    chartCaption: "The same figures as bars, out of those who started a cycle",
  },
  rollout: {
    deletedSender: "A deleted user",
    title: "Invite leaders to the tool",
    intro:
      "Send an invitation to all active leaders in a unit and the units below it. The mail explains the tool and shows the way in.",
    homeText: "Invite the leaders of a unit to start using the tool.",
    open: "Invite leaders",
    unit: "Unit",
    choose:
      "Choose the unit whose leaders are to be invited below. The leaders of the units below it are invited too.",
    chosen: "The leaders of {{unit}} and the units below it are invited.",
    unitRequired: "Choose a unit.",
    submit: "Send the invitations",
    queued_one:
      "The invitation is being sent to {{count, number}} leader. The earlier roll-outs below show when it has gone.",
    queued_other:
      "The invitations are being sent to {{count, number}} leaders. The earlier roll-outs below show how many have gone.",
    skipped_one: "{{count, number}} leader had already been invited and is not mailed again.",
    skipped_other: "{{count, number}} leaders had already been invited and are not mailed again.",
    onlyOnce: "Each leader is invited only once. Leaders who have already been invited are not mailed again.",
    unitUnknown: "The unit no longer exists. Choose another one.",
    historyTitle: "Earlier roll-outs",
    historyCaption: "Invitations sent to the units' leaders, newest first",
    historyNone: "No invitations have been sent yet.",
    historySentAt: "Sent",
    historyUnit: "Unit",
    historySentBy: "Sent by",
    historyMailed: "Mailed",
    historySkipped: "Already invited",
    historyWaiting: "{{count, number}} waiting to be sent",
    historyFailed: "{{count, number}} could not be sent",
    historyFailedHint:
      "Leaders whose invitation could not be sent get it when you roll out their unit again.",
    choosePasswordTitle: "Choose your password",
    choosePasswordIntro:
      "Once you have chosen a password, you are signed in and can get started with the tool.",
  },
  unitPicker: {
    topTitle: "The units at the top level",
    hint: "Select a unit to choose it, or go down into the units below it.",
    chosen: "chosen",
    none: "There are no units.",
  },
};
