import * as z from "zod/mini";

/** The password that proves an existing account is the person's own, before single sign-on is linked. */
export const ssoLinkPasswordSchema = z.object({
  password: z
    .string({ error: "validation.passwordRequired" })
    .check(
      z.minLength(1, { error: "validation.passwordRequired" }),
      z.maxLength(200, { error: "validation.passwordTooLong" }),
    ),
});
