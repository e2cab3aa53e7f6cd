import type { Executor } from "~/platform/db/database.server";

export interface RecentSignIn {
  method: "password" | "sso";
  createdAt: string;
  userAgent: string | null;
}

/**
 * The person's latest sign-ins, from the security log: how, when, and from which browser. A sign-up
 * counts as the first one (it signs the new account in with its password).
 */
export async function listRecentSignIns(db: Executor, userId: string, limit = 10): Promise<RecentSignIn[]> {
  const rows = await db
    .selectFrom("security_events")
    .select(["event", "created_at", "user_agent"])
    .where("user_id", "=", userId)
    .where("event", "in", ["sign_in", "sign_in_sso", "sign_up"])
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    method: row.event === "sign_in_sso" ? "sso" : "password",
    createdAt: row.created_at,
    userAgent: row.user_agent,
  }));
}
