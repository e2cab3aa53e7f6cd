import * as z from "zod/mini";
import { AGREEMENT_KINDS } from "~/platform/db/column-values/agreement-types";

// The kontrakt page's two forms, read through one schema (issue 15): an agreement added to one of
// the two lists (then read again through `agreementSchema`), and the texts form, which without
// JavaScript saves what was typed and may carry a step-1 note ("<noteKey>><fieldKey>") into a field.
// A post without an intent is the texts form (as it was before the intent was added).
export const kontraktActionSchema = z.object({
  intent: z._default(z.enum(["addAgreement", "saveTexts"], { error: "validation.formInvalid" }), "saveTexts"),
  /** The list an added agreement joins; required with addAgreement. */
  kind: z.optional(z.enum(AGREEMENT_KINDS)),
  carry: z.optional(z.string().check(z.regex(/^note:[\w:]+>kontrakt:\w+$/))),
});
