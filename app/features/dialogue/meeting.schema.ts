import * as z from "zod/mini";
import { FOLLOW_UP_RHYTHMS } from "~/platform/db/column-values/follow-up-rhythms";
import { inviteFields, refusePastTime } from "./invite.schema";

// The meeting view's forms. Errors are catalog keys.

export const agendaItemSchema = z.object({
  text: z
    .string({ error: "validation.agendaItemRequired" })
    .check(
      z.trim(),
      z.minLength(1, { error: "validation.agendaItemRequired" }),
      z.maxLength(500, { error: "validation.agendaItemTooLong" }),
    ),
});

export const NOTES_MAX_LENGTH = 20_000;

export const notesSchema = z.object({
  body: z._default(z.string().check(z.maxLength(NOTES_MAX_LENGTH, { error: "validation.notesTooLong" })), ""),
  /** The version and text the writer started from: what a concurrent save is merged against. */
  baseVersion: z.coerce
    .number({ error: "validation.formInvalid" })
    .check(z.refine(Number.isInteger, { error: "validation.formInvalid" }), z.gte(0)),
  baseBody: z._default(
    z.string().check(z.maxLength(NOTES_MAX_LENGTH, { error: "validation.formInvalid" })),
    "",
  ),
  /** Made by the browser per text and base: the same save sent again is not merged twice. */
  saveId: z.optional(z.uuid({ error: "validation.formInvalid" })),
});

export const followUpSchema = z
  .extend(z.omit(inviteFields, { email: true }), {
    rhythm: z.enum(FOLLOW_UP_RHYTHMS, { error: "validation.rhythmRequired" }),
  })
  .check(z.superRefine(refusePastTime));

export const FOLLOW_UP_FIELD_ORDER = ["rhythm", "date", "time", "location"] as const;

/** The leader moves the dialogue, or (for a follow-up) only it or its whole series. */
export const moveDialogueSchema = z
  .extend(z.omit(inviteFields, { email: true }), {
    scope: z._default(z.enum(["one", "series"], { error: "validation.formInvalid" }), "one"),
  })
  .check(z.superRefine(refusePastTime));

export const MOVE_FIELD_ORDER = ["scope", "date", "time", "location"] as const;

/** The confirmed cancellation: of this dialogue, or of what is left of its series. */
export const cancelDialogueSchema = z.object({
  scope: z._default(z.enum(["one", "series"], { error: "validation.formInvalid" }), "one"),
});
