import { z } from "zod";
import { isAccountEmail, MAX_EMAIL_LENGTH, normalizeEmail } from "~/identity/account-email";

// One schema per form, used by the browser (Conform) and the server alike. Error messages are
// catalog keys, translated where they are shown.

/** One address rule for every account (`account-email.ts`); the value is its canonical form. */
export const accountEmail = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .min(1, { error: "validation.emailRequired" })
  .max(MAX_EMAIL_LENGTH, { error: "validation.emailTooLong" })
  .refine(isAccountEmail, { error: "validation.emailInvalid" })
  .transform(normalizeEmail);

const email = accountEmail;

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
