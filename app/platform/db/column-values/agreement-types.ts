/**
 * Agreements ("aftaler") are the items of the lederkontrakt's two agreement fields: a text plus a
 * follow-up (when, and how), which can go into the calendar and be ticked off. Shared by the pages
 * (forms) and the server (storage, calendar files, PDF).
 */

export const RECURRENCES = ["daily", "weekly", "biweekly", "monthly", "quarterly"] as const;
/** How often a follow-up repeats: every day, week, 14 days, month or quarter. */
export type Recurrence = (typeof RECURRENCES)[number];

export const AGREEMENT_KINDS = ["self", "leader"] as const;
/** "self": an agreement with yourself (field 2); "leader": with your nearest leader (field 3). */
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export function isAgreementKind(value: unknown): value is AgreementKind {
  return typeof value === "string" && (AGREEMENT_KINDS as readonly string[]).includes(value);
}

/** Who carries out an agreement made with the nearest leader: the leader, the nearest leader, both. */
export const AGREEMENT_OWNERS = ["leader", "nearestLeader", "both"] as const;
export type AgreementOwner = (typeof AGREEMENT_OWNERS)[number];

export const AGREEMENT_STATUSES = ["active", "completed", "dropped"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
