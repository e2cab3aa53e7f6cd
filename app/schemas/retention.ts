import { z } from "zod";

/** The organisation's retention period in whole months; empty keeps archived cycles. */
export const retentionSchema = z.object({
  retentionMonths: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { error: "validation.retentionInvalid" })
    .transform(Number)
    .refine((months) => months >= 1 && months <= 120, { error: "validation.retentionInvalid" })
    .optional(),
});
