import type { ParseKeys } from "i18next";

/**
 * The notices an action may leave for the page it redirects to (issue 15: one mechanism instead of
 * query flags such as `?gemt=1`). Only these catalog keys: the cookie is signed, and the list says
 * in one place which texts arrive this way.
 */
export const FLASH_KEYS = [
  "rollout.sent",
  "rollout.skipped",
  "rollout.failed",
  "admin.imported",
  "admin.person.saved",
  "reportingLines.imported",
  "retention.saved",
  "adminSso.saved",
  "accountSecurity.identities.removed",
  "accountSecurity.sessions.ended",
  "accountSecurity.sessions.othersEnded",
] as const satisfies readonly ParseKeys[];

export type FlashKey = (typeof FLASH_KEYS)[number];

export interface FlashNotice {
  key: FlashKey;
  values?: Record<string, string | number>;
  /** A warning is announced at once (role="alert"); everything else politely (role="status"). */
  isWarning?: boolean;
}
