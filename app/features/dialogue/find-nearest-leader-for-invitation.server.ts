import type { Executor } from "~/platform/db/database.server";

export interface InvitationAddressee {
  name: string;
  email: string;
}

/**
 * Whom the leader's next invitation is addressed to: the nearest leader who holds her dialogues
 * (accepted her latest invitation), and — when the organisation's reporting line names someone
 * else — that person as a suggestion the page shows by name. Never the reporting line in the
 * holder's place without saying so (issue 13, finding 10). Deactivated people are not offered.
 */
export async function findNearestLeaderForInvitation(
  db: Executor,
  userId: string,
): Promise<{ current: InvitationAddressee | null; suggested: InvitationAddressee | null }> {
  const row = await db
    .selectFrom("users")
    .leftJoin("users as accepted", (join) =>
      join.onRef("accepted.id", "=", "users.accepted_nearest_leader_id").on("accepted.is_active", "=", 1),
    )
    .leftJoin("users as line", (join) =>
      join.onRef("line.id", "=", "users.nearest_leader_id").on("line.is_active", "=", 1),
    )
    .select([
      "accepted.id as accepted_id",
      "accepted.name as accepted_name",
      "accepted.email as accepted_email",
      "line.id as line_id",
      "line.name as line_name",
      "line.email as line_email",
    ])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  const current =
    row?.accepted_name && row.accepted_email ? { name: row.accepted_name, email: row.accepted_email } : null;
  const isOther = row?.line_id && row.line_id !== row.accepted_id;
  const suggested =
    isOther && row.line_name && row.line_email ? { name: row.line_name, email: row.line_email } : null;
  return { current, suggested };
}
