import { z } from "zod";

/** Deleting one's account is confirmed by typing one's own e-mail address (also for single sign-on). */
export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "validation.deleteConfirmRequired" })
    .trim()
    .min(1, { error: "validation.deleteConfirmRequired" })
    .max(254, { error: "validation.emailTooLong" }),
});
