import type { DeepStrings } from "../catalog";
import type { texts as da } from "../da/forms";

// Texts of forms: validation messages and the autosave status.
// The English of da/forms.ts: the type makes a missing or extra key fail the typecheck.
export const texts: DeepStrings<typeof da> = {
  validation: {
    retentionInvalid: "Enter a whole number of months from 1 to 120, or leave the field empty.",
    deleteConfirmRequired: "Enter your e-mail address to confirm that the account should be deleted.",
    deleteConfirmMismatch: "That is not your e-mail address. Enter the address you sign in with.",
    summaryTitle: "There are errors in the form",
    summaryIntro: "Please correct the following to continue:",
    required: "Fill in this field.",
    nameRequired: "Enter your name.",
    nameTooLong: "The name can be at most 200 characters.",
    emailRequired: "Enter your e-mail address.",
    nearestLeaderEmailRequired: "Enter your nearest leader's e-mail address.",
    emailInvalid: "Enter a valid e-mail address, e.g. name@example.com.",
    emailTooLong: "The e-mail address can be at most 254 characters.",
    passwordRequired: "Enter your password.",
    passwordTooShort: "The password must be at least 10 characters.",
    passwordTooLong: "The password can be at most 200 characters.",
    invalidLanguage: "Choose Danish or English.",
    textTooLong: "The text is too long. Split it up or shorten it (at most 20,000 characters).",
    textAtLimit:
      "The field is full: it holds at most 20,000 characters. What did not fit was left out – split the text up or shorten it.",
    agreementTextRequired: "Write the agreement.",
    agreementTextTooLong: "The text can be at most 2,000 characters.",
    dateInPast: "Choose a date from today on.",
    timeInPast: "That time has already passed. Choose a later time.",
    dateInvalid: "Enter a valid date, e.g. 15/12/2026.",
    timeInvalid: "Enter a time as hh:mm, e.g. 09:00.",
    ownerRequired: "Choose who carries out the agreement.",
    recurrenceNeedsDate: "A repeating follow-up needs a first date.",
    locationRequired: "Write where you will meet.",
    locationTooLong: "The place can be at most 500 characters.",
    dateRequired: "Choose a date.",
    timeRequired: "Choose a time.",
    agendaItemRequired: "Write the item.",
    agendaItemTooLong: "The item can be at most 500 characters.",
    notesTooLong: "The notes are too long (at most 20,000 characters). Split them up.",
    rhythmRequired: "Choose how you follow up.",
    formInvalid: "The form could not be read. Please try again.",
    urlInvalid: "Enter a full https address, e.g. https://login.example.org.",
    ssoProtocolRequired: "Choose how the organisation signs in.",
    ssoDomainRequired: "Enter at least one e-mail domain, e.g. example.org.",
    ssoDomainInvalid: "Enter domains like example.org, separated by spaces or commas.",
    ssoDomainTaken: "One of the domains already belongs to another organisation.",
    ssoIssuerUnreachable:
      "We could not fetch the issuer's details with this address, client ID and secret. Check them and try again.",
    ssoCertificateInvalid:
      "The certificate could not be read. Paste it in PEM format (-----BEGIN CERTIFICATE-----).",
    ssoPasswordNeeded:
      "Without single sign-on, password sign-in must stay on – otherwise nobody can sign in.",
  },
  autosave: {
    manual: "Remember to press “Save” at the bottom when you have written something.",
    idle: "What you write is saved automatically.",
    saving: "Saving …",
    saved: "Everything is saved.",
    offline: "No connection. What you write is kept on this device and sent when the connection is back.",
    signedOut: "You have been signed out. What you write is kept on this device. Sign in again to save it.",
    error: "Some of the text could not be saved. It is kept on this device. Try pressing “Save”.",
    staleCycle: "This page belongs to a cycle that has ended. Reload the page.",
    notYours: "The text cannot be saved here: it does not exist, or it is not yours to write in.",
    conflict: "The text was changed somewhere else — see both versions",
    conflictHint:
      "The same lines were changed in two places at the same time. Both versions are now in the field between the lines. Keep what should stay and delete the rest – the lines too.",
    conflictMarkers: {
      first: "——— Version 1: saved first ———",
      second: "——— Version 2: saved next ———",
      end: "——— End of the two versions ———",
    },
    saveButton: "Save",
    savedNotice: "Your notes are saved.",
  },
};
