import { z } from "zod";

/** The password that proves an existing account is the person's own, before single sign-on is linked. */
export const ssoLinkPasswordSchema = z.object({
  password: z
    .string({ error: "validation.passwordRequired" })
    .min(1, { error: "validation.passwordRequired" })
    .max(200, { error: "validation.passwordTooLong" }),
});
