import { z } from "zod";

// One schema per form, used by the browser (Conform) and the server alike. Error messages are
// catalog keys, translated where they are shown.

const email = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .max(254, { error: "validation.emailTooLong" })
  .pipe(z.email({ error: "validation.emailInvalid" }));

const newPassword = z
  .string({ error: "validation.passwordRequired" })
  .min(10, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.passwordTooLong" });

export const signUpSchema = z.object({
  name: z
    .string({ error: "validation.nameRequired" })
    .trim()
    .min(1, { error: "validation.nameRequired" })
    .max(200, { error: "validation.nameTooLong" }),
  email,
  password: newPassword,
  /** Where to continue after sign-up, e.g. back to an invitation link. */
  redirectTo: z.string().optional(),
});

export const signInSchema = z.object({
  email,
  // No length rules on sign-in: an old password must still be accepted for checking.
  password: z
    .string({ error: "validation.passwordRequired" })
    .max(200, { error: "validation.passwordTooLong" }),
  redirectTo: z.string().optional(),
});

/** "Sign in with your organisation": only the work e-mail, whose domain names the organisation. */
export const ssoSignInSchema = z.object({ email, redirectTo: z.string().optional() });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({ password: newPassword });
