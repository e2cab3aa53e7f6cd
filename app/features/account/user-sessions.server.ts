import { logSecurityEvent, type SecurityEventSource } from "~/platform/auth/security-log.server";
import { hashToken } from "~/platform/crypto/tokens.server";
import type { DB, Executor } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";

// A person's own sessions, for "Log-ind og sikkerhed". The page names a session by a handle derived
// from its stored hash, not by the hash itself (the sessions table's key never leaves the server).

export interface UserSession {
  handle: string;
  isCurrent: boolean;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
}

export function sessionHandle(sessionId: string): string {
  return hashToken(`session-handle:${sessionId}`).slice(0, 32);
}

export async function listUserSessions(
  db: Executor,
  options: { userId: string; currentSessionId: string },
): Promise<UserSession[]> {
  const rows = await db
    .selectFrom("sessions")
    .select(["id", "created_at", "last_used_at", "user_agent"])
    .where("user_id", "=", options.userId)
    .where("expires_at", ">", nowDbTime())
    .orderBy("last_used_at", "desc")
    .execute();
  return rows
    .map((row) => ({
      handle: sessionHandle(row.id),
      isCurrent: row.id === options.currentSessionId,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      userAgent: row.user_agent,
    }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
}

/**
 * Ends one of the person's own sessions by its handle (another person's handle ends nothing), and
 * logs it in the same transaction.
 */
export async function endUserSession(
  db: DB,
  options: { userId: string; handle: string; source: SecurityEventSource },
): Promise<{ ended: boolean; sessionId: string | null }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", options.userId)
      .execute();
    const session = rows.find((row) => sessionHandle(row.id) === options.handle);
    if (!session) return { ended: false, sessionId: null };
    await trx
      .deleteFrom("sessions")
      .where("id", "=", session.id)
      .where("user_id", "=", options.userId)
      .execute();
    await logSecurityEvent(trx, { ...options.source, event: "session_ended" });
    return { ended: true, sessionId: session.id };
  });
}

/** "Sign out everywhere else": every session of the person but the one making the request, logged. */
export async function endOtherUserSessions(
  db: DB,
  options: { userId: string; currentSessionId: string; source: SecurityEventSource },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("sessions")
      .where("user_id", "=", options.userId)
      .where("id", "!=", options.currentSessionId)
      .execute();
    await logSecurityEvent(trx, { ...options.source, event: "session_ended" });
  });
}
