import type { DB } from "~/platform/db/database.server";
import { findUsableInvitation } from "./dialogue-invitations.server";

/** The path the invitation page sends a signed-out nearest leader back to: "/invitation/<token>". */
const INVITATION_PATH = /^\/invitation\/([A-Za-z0-9_-]{16,200})$/;

/**
 * When sign-up was opened from an invitation (`redirectTo=/invitation/<token>`): who invited, and
 * the address the invitation was sent to, so the form can have it filled in (issue 15, item 4).
 * The token is the key: whoever holds the link sees no more than the invitation page shows them.
 */
export async function findInvitationForSignUp(
  db: DB,
  redirectTo: string | null,
): Promise<{ leaderName: string; email: string } | null> {
  const token = redirectTo?.match(INVITATION_PATH)?.[1];
  if (!token) return null;
  const invitation = await findUsableInvitation(db, token);
  return invitation ? { leaderName: invitation.leaderName, email: invitation.email } : null;
}
