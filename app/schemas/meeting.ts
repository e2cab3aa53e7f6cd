import { z } from "zod";
import { FOLLOW_UP_RHYTHMS } from "~/dialogues/follow-up-rhythms";
import { inviteFields, refusePastTime } from "./invite";

// The meeting view's forms. Errors are catalog keys.

export const agendaItemSchema = z.object({
  text: z
    .string({ error: "validation.agendaItemRequired" })
    .trim()
    .min(1, { error: "validation.agendaItemRequired" })
    .max(500, { error: "validation.agendaItemTooLong" }),
});

export const NOTES_MAX_LENGTH = 20_000;

export const notesSchema = z.object({
  body: z.string().max(NOTES_MAX_LENGTH, { error: "validation.notesTooLong" }).default(""),
  /** The version and text the writer started from: what a concurrent save is merged against. */
  baseVersion: z.coerce.number({ error: "validation.formInvalid" }).int().min(0),
  baseBody: z.string().max(NOTES_MAX_LENGTH, { error: "validation.formInvalid" }).default(""),
  /** Made by the browser per text and base: the same save sent again is not merged twice. */
  saveId: z.uuid({ error: "validation.formInvalid" }).optional(),
});

export const followUpSchema = inviteFields
  .omit({ email: true })
  .extend({ rhythm: z.enum(FOLLOW_UP_RHYTHMS, { error: "validation.rhythmRequired" }) })
  .superRefine(refusePastTime);

export const FOLLOW_UP_FIELD_ORDER = ["rhythm", "date", "time", "location"] as const;

/** The leader moves the dialogue, or (for a follow-up) only it or its whole series. */
export const moveDialogueSchema = inviteFields
  .omit({ email: true })
  .extend({ scope: z.enum(["one", "series"], { error: "validation.formInvalid" }).default("one") })
  .superRefine(refusePastTime);

export const MOVE_FIELD_ORDER = ["scope", "date", "time", "location"] as const;

/** The confirmed cancellation: of this dialogue, or of what is left of its series. */
export const cancelDialogueSchema = z.object({
  scope: z.enum(["one", "series"], { error: "validation.formInvalid" }).default("one"),
});
