import type { User } from "~/platform/db/tables/users.table";

/**
 * Whether the person has shown that the account's address is theirs (a mailed link, a password
 * reset, or an identity provider of a verified domain). Until then the account may prepare and
 * write, but not accept an invitation, be linked to single sign-on, or see what others shared
 * (issue 13, decision 022).
 */
export function isEmailVerified(user: Pick<User, "email_verified_at">): boolean {
  return typeof user.email_verified_at === "string" && user.email_verified_at !== "";
}
