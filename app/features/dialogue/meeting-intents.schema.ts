import * as z from "zod/mini";
import { AGREEMENT_STATUSES } from "~/platform/db/column-values/agreement-types";

// What the meeting view's forms ask the server to do, read through one schema (issue 15). The
// forms with fields of their own are read again through theirs: the agenda item (agendaItemSchema),
// the notes (notesSchema), an agreement (meetingAgreementSchema), the follow-ups (followUpSchema).

const id = z.uuid({ error: "validation.formInvalid" });

export const meetingIntentSchema = z.discriminatedUnion(
  "intent",
  [
    /** The leader opens the dialogue: its agenda is seeded. */
    z.object({ intent: z.literal("start") }),
    /** Either of them marks it held before its time has come (it ended early, or was moved). */
    z.object({ intent: z.literal("markHeld") }),
    z.object({ intent: z.literal("addAgendaItem") }),
    z.object({ intent: z.literal("setAgendaItem"), itemId: id, status: z.enum(["open", "done"]) }),
    /** `respond=data`: the page's script saves and wants the answer as data; "page" (or none): a redirect. */
    z.object({ intent: z.literal("saveNotes"), respond: z.optional(z.enum(["data", "page"])) }),
    z.object({ intent: z.literal("addAgreement") }),
    z.object({
      intent: z.literal("setAgreementStatus"),
      agreementId: id,
      status: z.enum(AGREEMENT_STATUSES),
    }),
    z.object({ intent: z.literal("bookFollowUps") }),
    /** The leader moves or cancels the dialogue, one follow-up or the series (moveDialogueSchema, cancelDialogueSchema). */
    z.object({ intent: z.literal("moveDialogue") }),
    z.object({ intent: z.literal("cancelDialogue") }),
  ],
  { error: "validation.formInvalid" },
);
