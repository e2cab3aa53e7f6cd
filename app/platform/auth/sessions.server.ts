import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import { ROLES } from "~/platform/db/column-values/roles";
import type { Executor } from "~/platform/db/database.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import type { User } from "~/platform/db/tables/users.table";
import { toDbTime } from "~/platform/db/time.server";
import type { RequestMeta } from "./request-meta.server";

export const SESSION_DAYS = 30;
/** The expiry slides forward at most once an hour, so a busy page does not write on every request. */
const SLIDE_AFTER_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Starts a session and returns the token for the cookie; only its hash is stored. A session begins
 * when its credentials were checked (`credentialsCheckedAt`, the start of a password sign-in): if
 * they change in the meantime, the session was begun before the change and does not count.
 */
export async function createSession(
  db: Executor,
  user: Pick<User, "id" | "organisation_id">,
  meta: RequestMeta,
  now = new Date(),
  options: { credentialsCheckedAt?: Date } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: user.id,
      organisation_id: user.organisation_id,
      created_at: toDbTime(options.credentialsCheckedAt ?? now),
      last_used_at: toDbTime(now),
      expires_at: toDbTime(expiresAt),
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 512) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

export interface SessionUser {
  sessionId: string;
  expiresAt: Date;
  /** True when the expiry moved: the cookie must be sent again with the new date. */
  wasExtended: boolean;
  user: Pick<
    User,
    "id" | "organisation_id" | "email" | "name" | "locale" | "nearest_leader_id" | "email_verified_at"
  >;
  /** The person's roles, read with the session: every page's header and `requireRole` use them. */
  roles: Role[];
}

/** The signed-in user for a cookie token, or undefined; slides the expiry forward when due. */
export async function findSessionUser(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as session_id",
      "sessions.last_used_at",
      "sessions.expires_at",
      "users.id",
      "users.organisation_id",
      "users.email",
      "users.name",
      "users.locale",
      "users.nearest_leader_id",
      "users.email_verified_at",
    ])
    // The roles in the same query, one indexed probe per role (the same SQL on both engines): a
    // second query for them on every signed-in page cost a turn of the event loop (decision 046).
    .select((eb) =>
      ROLES.map((role) =>
        eb
          .exists(
            eb
              .selectFrom("user_roles")
              .select(eb.lit(1).as("one"))
              .whereRef("user_roles.user_id", "=", "users.id")
              .where("user_roles.role", "=", role),
          )
          .as(`has_${role}`),
      ),
    )
    .where("sessions.id", "=", hashToken(token))
    .where("sessions.expires_at", ">", toDbTime(now))
    .where("users.is_active", "=", 1)
    .where((eb) =>
      eb.or([
        eb("users.credentials_changed_at", "is", null),
        eb("sessions.created_at", ">=", eb.ref("users.credentials_changed_at")),
      ]),
    )
    .executeTakeFirst();
  if (!row) return undefined;
  let expiresAt = new Date(row.expires_at);
  const isSlideDue = now.getTime() - new Date(row.last_used_at).getTime() > SLIDE_AFTER_MS;
  if (isSlideDue) {
    expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
    await db
      .updateTable("sessions")
      .set({ last_used_at: toDbTime(now), expires_at: toDbTime(expiresAt) })
      .where("id", "=", row.session_id)
      .execute();
  }
  return {
    sessionId: row.session_id,
    expiresAt,
    wasExtended: isSlideDue,
    user: {
      id: row.id,
      organisation_id: row.organisation_id,
      email: row.email,
      name: row.name,
      locale: row.locale,
      nearest_leader_id: row.nearest_leader_id,
      email_verified_at: row.email_verified_at,
    },
    // 0/1 on SQLite, false/true on PostgreSQL.
    roles: ROLES.filter((role) => Boolean(row[`has_${role}`])),
  };
}

export async function revokeSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}

/**
 * The account's credentials changed (a password reset, the account taken back): every session ends,
 * also one a sign-in still in flight with the old password is about to begin, and device cookies
 * issued before now no longer count as known devices.
 */
export async function invalidateCredentials(db: Executor, userId: string, now = new Date()): Promise<void> {
  await db
    .updateTable("users")
    .set({ credentials_changed_at: toDbTime(now) })
    .where("id", "=", userId)
    .execute();
  await revokeAllSessions(db, userId);
}

/** Signs a user out everywhere, e.g. after a password reset. */
export async function revokeAllSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
