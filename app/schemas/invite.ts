import { z } from "zod";
import { isRealDate } from "./agreement";
import { accountEmail } from "./auth";

// The invitation form ("Inviter din leder"): who, when (Danish time) and where. Errors are catalog keys.
export const inviteSchema = z.object({
  email: accountEmail,
  date: z
    .string({ error: "validation.dateRequired" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateInvalid" })
    .refine(isRealDate, { error: "validation.dateInvalid" }),
  time: z
    .string({ error: "validation.timeRequired" })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.timeInvalid" }),
  location: z
    .string({ error: "validation.locationRequired" })
    .trim()
    .min(1, { error: "validation.locationRequired" })
    .max(500, { error: "validation.locationTooLong" }),
});

export const INVITE_FIELD_ORDER = ["email", "date", "time", "location"] as const;
