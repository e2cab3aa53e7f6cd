import * as z from "zod/mini";

// The agreement page's small forms (buttons), read through one schema like every other form. The
// edit form ("update") has its own schema, `agreementSchema`, which the action reads after this one.

export const agreementActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("moveUp") }),
    z.object({ intent: z.literal("moveDown") }),
    z.object({ intent: z.literal("moveToList") }),
    z.object({ intent: z.literal("complete") }),
    z.object({ intent: z.literal("drop") }),
    z.object({ intent: z.literal("reopen") }),
    /** "Har du holdt den …?" for the period asked about now. */
    z.object({
      intent: z.literal("check"),
      kept: z.enum(["yes", "no"], { error: "validation.formInvalid" }),
    }),
    /** "Er den gjort?" for a one-off or undated agreement: yes completes it. */
    z.object({ intent: z.literal("done") }),
    z.object({ intent: z.literal("update") }),
  ],
  { error: "validation.formInvalid" },
);

export type AgreementAction = z.output<typeof agreementActionSchema>;
