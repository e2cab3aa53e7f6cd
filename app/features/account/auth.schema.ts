import * as z from "zod/mini";
import { isAccountEmail, MAX_EMAIL_LENGTH, normalizeEmail } from "~/platform/identity/account-email";

// One schema per form, used by the browser (Conform) and the server alike. Error messages are
// catalog keys, translated where they are shown. Written with `zod/mini`, whose functions the
// bundler can leave out when unused: the browser loads a few KB of Zod instead of all of it
// (issue 16, docs/decisions/045).

/**
 * One address rule for every account (`account-email.ts`); the value is its canonical form. An
 * empty field asks for the address the form is about: your own, or your nearest leader's.
 */
function emailOf(requiredError: "validation.emailRequired" | "validation.nearestLeaderEmailRequired") {
  return z.pipe(
    z
      .string({ error: requiredError })
      .check(
        z.trim(),
        z.minLength(1, { error: requiredError }),
        z.maxLength(MAX_EMAIL_LENGTH, { error: "validation.emailTooLong" }),
        z.refine(isAccountEmail, { error: "validation.emailInvalid" }),
      ),
    z.transform(normalizeEmail),
  );
}

export const accountEmail = emailOf("validation.emailRequired");

/** The address of the nearest leader a leader invites (review of issue 15: it asked for "din"). */
export const nearestLeaderEmail = emailOf("validation.nearestLeaderEmailRequired");

const email = accountEmail;

const newPassword = z
  .string({ error: "validation.passwordRequired" })
  .check(
    z.minLength(10, { error: "validation.passwordTooShort" }),
    z.maxLength(200, { error: "validation.passwordTooLong" }),
  );

export const signUpSchema = z.object({
  name: z
    .string({ error: "validation.nameRequired" })
    .check(
      z.trim(),
      z.minLength(1, { error: "validation.nameRequired" }),
      z.maxLength(200, { error: "validation.nameTooLong" }),
    ),
  email,
  password: newPassword,
  /** Where to continue after sign-up, e.g. back to an invitation link. */
  redirectTo: z.optional(z.string()),
});

export const signInSchema = z.object({
  email,
  // No length rules on sign-in: an old password must still be accepted for checking.
  password: z
    .string({ error: "validation.passwordRequired" })
    .check(z.maxLength(200, { error: "validation.passwordTooLong" })),
  redirectTo: z.optional(z.string()),
});

/** "Sign in with your organisation": only the work e-mail, whose domain names the organisation. */
export const ssoSignInSchema = z.object({ email, redirectTo: z.optional(z.string()) });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({ password: newPassword });
