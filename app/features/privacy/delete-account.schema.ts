import * as z from "zod/mini";

/** Deleting one's account is confirmed by typing one's own e-mail address (also for single sign-on). */
export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "validation.deleteConfirmRequired" })
    .check(
      z.trim(),
      z.minLength(1, { error: "validation.deleteConfirmRequired" }),
      z.maxLength(254, { error: "validation.emailTooLong" }),
    ),
});
