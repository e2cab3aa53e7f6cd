import * as z from "zod/mini";
import { AGREEMENT_KINDS, AGREEMENT_OWNERS, RECURRENCES } from "~/platform/db/column-values/agreement-types";
import { isCalendarDate, localDateInDenmark, splitLocalDate } from "~/platform/time/local-date";

// One schema for adding and editing an agreement, in the browser and on the server. Errors are
// catalog keys.

export const RECURRENCE_CHOICES = ["once", ...RECURRENCES] as const;

/** A real calendar date in a sensible range: year 0000 or 9999 ends up in calendar files. */
export function isRealDate(value: string): boolean {
  if (!isCalendarDate(value)) return false;
  const [year] = splitLocalDate(value);
  return year >= 2000 && year <= 2100;
}

const followUpFields = {
  text: z
    .string({ error: "validation.agreementTextRequired" })
    .check(
      z.trim(),
      z.minLength(1, { error: "validation.agreementTextRequired" }),
      z.maxLength(2_000, { error: "validation.agreementTextTooLong" }),
    ),
  followUpDate: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateInvalid" }),
        z.refine(isRealDate, { error: "validation.dateInvalid" }),
      ),
  ),
  followUpTime: z.optional(
    z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.timeInvalid" })),
  ),
  recurrence: z._default(z.enum(RECURRENCE_CHOICES, { error: "validation.formInvalid" }), "once"),
  followUpHow: z.optional(
    z.string().check(z.trim(), z.maxLength(2_000, { error: "validation.agreementTextTooLong" })),
  ),
};

const repeatHasDate = (value: { recurrence: string; followUpDate?: string }) =>
  value.recurrence === "once" || value.followUpDate !== undefined;
const REPEAT_NEEDS_DATE = {
  path: ["followUpDate"],
  error: "validation.recurrenceNeedsDate",
  // Check this even when another field is wrong, so the form lists every problem at once.
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

export const agreementSchema = z
  .object({ kind: z.enum(AGREEMENT_KINDS, { error: "validation.formInvalid" }), ...followUpFields })
  .check(z.refine(repeatHasDate, REPEAT_NEEDS_DATE));

/**
 * A new agreement is followed up from today on, as a dialogue is booked for a time to come (a
 * review found "Opfølgning 1. januar 2020" accepted). Editing one whose date has passed keeps it.
 */
const isFollowUpAhead = (value: { followUpDate?: string }) =>
  value.followUpDate === undefined || value.followUpDate >= localDateInDenmark();
const FOLLOW_UP_NOT_PAST = { ...REPEAT_NEEDS_DATE, error: "validation.dateInPast" };

/** Adding an agreement to the kontrakt: the edit's fields, and no date in the past. */
export const newAgreementSchema = agreementSchema.check(z.refine(isFollowUpAhead, FOLLOW_UP_NOT_PAST));

/**
 * An agreement made in the meeting with the nearest leader: always on the leader's list of
 * agreements with the nearest leader, and with a named owner (issue 15).
 */
export const meetingAgreementSchema = z
  .object({ owner: z.enum(AGREEMENT_OWNERS, { error: "validation.ownerRequired" }), ...followUpFields })
  .check(z.refine(repeatHasDate, REPEAT_NEEDS_DATE), z.refine(isFollowUpAhead, FOLLOW_UP_NOT_PAST));

export type MeetingAgreementInput = z.output<typeof meetingAgreementSchema>;

export type AgreementInput = z.output<typeof agreementSchema>;

/** The order the form shows its fields, and so the order of its error summary. */
export const AGREEMENT_FIELD_ORDER = [
  "text",
  "followUpDate",
  "followUpTime",
  "recurrence",
  "followUpHow",
] as const;

/** The meeting's form asks who carries the agreement out first. */
export const MEETING_AGREEMENT_FIELD_ORDER = ["owner", ...AGREEMENT_FIELD_ORDER] as const;
