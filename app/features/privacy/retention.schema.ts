import * as z from "zod/mini";

/** The organisation's retention period in whole months; empty keeps archived cycles. */
export const retentionSchema = z.object({
  retentionMonths: z.optional(
    z
      .pipe(
        z.string().check(z.trim(), z.regex(/^\d{1,3}$/, { error: "validation.retentionInvalid" })),
        z.transform(Number),
      )
      .check(z.refine((months) => months >= 1 && months <= 120, { error: "validation.retentionInvalid" })),
  ),
});
