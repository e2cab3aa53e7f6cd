import * as z from "zod/mini";
import { nearestLeaderEmail } from "~/features/account/auth.schema";
import { isRealDate } from "~/features/agreements/agreement.schema";
import { localDateInDenmark, localTimeInDenmark } from "~/platform/time/local-date";

// The invitation form ("Inviter din leder"): who, when (Danish time) and where. Errors are catalog keys.
export const inviteFields = z.object({
  email: nearestLeaderEmail,
  date: z
    .string({ error: "validation.dateRequired" })
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateInvalid" }),
      z.refine(isRealDate, { error: "validation.dateInvalid" }),
    ),
  time: z
    .string({ error: "validation.timeRequired" })
    .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.timeInvalid" })),
  location: z
    .string({ error: "validation.locationRequired" })
    .check(
      z.trim(),
      z.minLength(1, { error: "validation.locationRequired" }),
      z.maxLength(500, { error: "validation.locationTooLong" }),
    ),
});

/**
 * A dialogue is booked for a time to come: a date before today in Denmark, or today at a time that
 * has passed, is refused (issue 15), in the browser and on the server alike.
 */
export function refusePastTime(
  value: { date: string; time: string },
  ctx: z.core.$RefinementCtx<{ date: string; time: string }>,
): void {
  const today = localDateInDenmark();
  if (value.date < today) ctx.addIssue({ code: "custom", path: ["date"], message: "validation.dateInPast" });
  else if (value.date === today && value.time < localTimeInDenmark()) {
    ctx.addIssue({ code: "custom", path: ["time"], message: "validation.timeInPast" });
  }
}

export const inviteSchema = inviteFields.check(z.superRefine(refusePastTime));

export const INVITE_FIELD_ORDER = ["email", "date", "time", "location"] as const;
