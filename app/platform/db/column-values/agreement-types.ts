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

export interface Agreement {
  id: string;
  cycleId: string;
  kind: AgreementKind;
  text: string;
  /** 0-based order within its kind, as the leader arranged it. */
  position: number;
  /** The first (or only) follow-up, as a local date in Europe/Copenhagen: "YYYY-MM-DD". */
  followUpDate: string | null;
  /** Local time "HH:MM" in Europe/Copenhagen; null means a default time (09:00). */
  followUpTime: string | null;
  /** Null: once, on followUpDate. */
  recurrence: Recurrence | null;
  /** How the leader follows up, in their own words ("Jeg krydser af på et papir ved mit skrivebord"). */
  followUpHow: string;
  status: AgreementStatus;
  createdAt: string;
  updatedAt: string;
  /** The dialogue it was recorded in with the nearest leader; null when the leader wrote it alone. */
  dialogueId: string | null;
  /** SEQUENCE of its calendar event, raised on every change (decision 032); 0 when not given. */
  calendarSequence?: number;
  /** Who carries it out, when it was named (agreements with the nearest leader). */
  owner: AgreementOwner | null;
}

export const DEFAULT_FOLLOW_UP_TIME = "09:00";
/** A follow-up takes a short moment; calendar events get this length. */
export const FOLLOW_UP_MINUTES = 15;
