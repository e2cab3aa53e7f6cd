import type { ParseKeys } from "i18next";

/**
 * The notices an action may leave for the page it redirects to (issue 15: one mechanism instead of
 * query flags such as `?gemt=1`). Only these catalog keys: the cookie is signed, and the list says
 * in one place which texts arrive this way.
 */
export const FLASH_KEYS = [
  "rollout.queued",
  "rollout.skipped",
  "admin.imported",
  "admin.person.saved",
  "admin.units.added",
  "admin.units.saved",
  "admin.units.deleted",
  "reportingLines.imported",
  "retention.saved",
  "adminSso.saved",
  "samlSetup.changed.prepareKey",
  "samlSetup.changed.activateKey",
  "samlSetup.changed.removePreviousKey",
  "domains.added",
  "domains.checked",
  "domains.removed",
  "accountSecurity.identities.removed",
  "accountSecurity.sessions.ended",
  "accountSecurity.sessions.othersEnded",
  "auth.signIn.signedOut",
  "auth.signIn.passwordChanged",
  "deleteAccount.deleted",
  "verifyEmail.chooseNewPassword",
  "verifyEmail.verifiedNotice",
  "autosave.savedNotice",
  "kontrakt.carried",
  "kontrakt.saved",
  "dialogue.shareSaved",
  "invite.sent",
  "calendarChanges.cancelled",
  "calendarChanges.moved",
  "followUp.booked",
  "nearestLeader.notesSaved",
  "checks.recorded",
  "checks.doneRecorded",
  "agreements.added",
] as const satisfies readonly ParseKeys[];

export type FlashKey = (typeof FLASH_KEYS)[number];

/**
 * Where on its page a notice stands when not at the top: the section the redirect's fragment moves
 * to (`#afkrydsning`), so the notice is in view beside what it is about. The section renders
 * `<FlashNotices at="…" />`; the layout renders the notices without a place.
 */
export const FLASH_PLACES = [
  "felt-goals",
  "felt-wellbeing",
  "felt-alignWithLeader",
  "punkter",
  "deling",
  "invitation",
  "noter",
  "afkrydsning",
  "opfoelgning",
  "flyt-eller-aflys",
  "saml-keys",
  "aftaler",
  "aftaler-self",
  "aftaler-leader",
] as const;

export type FlashPlace = (typeof FLASH_PLACES)[number];

export interface FlashNotice {
  key: FlashKey;
  values?: Record<string, string | number>;
  /** A warning is announced at once (role="alert"); everything else politely (role="status"). */
  isWarning?: boolean;
  /** The section it belongs in; without one, at the top of the page's content. */
  at?: FlashPlace;
}

/**
 * A notice as the page gets it: already in the page's language, translated by the root loader on
 * the server, so a notice from another area of the catalog (one the page does not load in the
 * browser, docs/decisions/045) still shows, also after hydration.
 */
export interface ShownFlashNotice extends Omit<FlashNotice, "values"> {
  text: string;
}
