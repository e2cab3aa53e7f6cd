import { z } from "zod";
import { AGREEMENT_KINDS } from "~/kontrakt/agreement-types";

// The kontrakt page's two forms, read through one schema (issue 15): an agreement added to one of
// the two lists (then read again through `agreementSchema`), and the texts form, which without
// JavaScript saves what was typed and may carry a step-1 note ("<noteKey>><fieldKey>") into a field.
export const kontraktActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("addAgreement"), kind: z.enum(AGREEMENT_KINDS) }),
    z.object({
      intent: z.literal("saveTexts"),
      carry: z
        .string()
        .regex(/^note:[\w:]+>kontrakt:\w+$/)
        .optional(),
    }),
  ],
  { error: "validation.formInvalid" },
);
