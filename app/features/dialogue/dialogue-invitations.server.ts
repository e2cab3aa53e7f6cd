import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import { findUserById } from "~/platform/auth/users.server";
import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";
import { INVITATION_DAYS } from "~/platform/mail/link-lifetimes.server";

export const DIALOGUE_MINUTES = 45;

/**
 * A dialogue and a single-use invitation for the nearest leader; returns the link's token. A new
 * invitation replaces one that was never accepted: the old link stops working, and the meeting keeps
 * its calendar UID with a higher SEQUENCE, so calendars move it instead of keeping both times.
 * `replaced` is that earlier dialogue and the address it went to, for the caller to tell.
 */
export async function createDialogueInvitation(
  db: DB,
  options: {
    cycle: Pick<Cycle, "id" | "organisation_id" | "user_id">;
    email: string;
    startsOn: string;
    startsAt: string;
    location: string;
    now?: Date;
  },
): Promise<{ dialogue: Dialogue; token: string; replaced?: { dialogue: Dialogue; email: string } }> {
  const now = options.now ?? new Date();
  const id = newId();
  const token = newSecretToken();
  return db.transaction().execute(async (tx) => {
    const earlier = await tx
      .selectFrom("dialogues")
      .selectAll()
      .where("cycle_id", "=", options.cycle.id)
      .where("status", "=", "invited")
      .orderBy("created_at", "desc")
      .executeTakeFirst();
    const earlierEmail = earlier
      ? await tx
          .selectFrom("invitations")
          .select("email")
          .where("dialogue_id", "=", earlier.id)
          .orderBy("created_at", "desc")
          .executeTakeFirst()
      : undefined;
    const dialogue: Dialogue = {
      id,
      organisation_id: options.cycle.organisation_id,
      cycle_id: options.cycle.id,
      leader_id: options.cycle.user_id,
      nearest_leader_id: null,
      starts_on: options.startsOn,
      starts_at: options.startsAt,
      duration_minutes: DIALOGUE_MINUTES,
      location: options.location,
      status: "invited",
      series_id: null,
      rhythm: null,
      started_at: null,
      calendar_uid: earlier?.calendar_uid ?? id,
      calendar_sequence: earlier ? Number(earlier.calendar_sequence) + 1 : 0,
      occurrence_on: null,
      occurrence_at: null,
      created_at: toDbTime(now),
      updated_at: toDbTime(now),
    };
    await tx
      .updateTable("dialogues")
      .set({ status: "cancelled", updated_at: toDbTime(now) })
      .where("cycle_id", "=", dialogue.cycle_id)
      .where("status", "=", "invited")
      .execute();
    await tx.insertInto("dialogues").values(dialogue).execute();
    await tx
      .insertInto("invitations")
      .values({
        id: hashToken(token),
        organisation_id: dialogue.organisation_id,
        dialogue_id: dialogue.id,
        email: normalizeEmail(options.email),
        created_at: toDbTime(now),
        expires_at: toDbTime(new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000)),
        used_at: null,
        used_by: null,
      })
      .execute();
    return {
      dialogue,
      token,
      ...(earlier && earlierEmail ? { replaced: { dialogue: earlier, email: earlierEmail.email } } : {}),
    };
  });
}

export interface UsableInvitation {
  dialogueId: string;
  /** The address it was sent to: only that person can accept it. */
  email: string;
  leaderId: string;
  leaderName: string;
  startsOn: string;
  startsAt: string;
  location: string;
}

/** What the invitation page shows, while the link is unused and unexpired; otherwise undefined. */
export async function findUsableInvitation(
  db: DB,
  token: string,
  now = new Date(),
): Promise<UsableInvitation | undefined> {
  const row = await db
    .selectFrom("invitations")
    .innerJoin("dialogues", "dialogues.id", "invitations.dialogue_id")
    .innerJoin("users", "users.id", "dialogues.leader_id")
    .select([
      "dialogues.id as dialogue_id",
      "invitations.email",
      "dialogues.leader_id",
      "users.name as leader_name",
      "dialogues.starts_on",
      "dialogues.starts_at",
      "dialogues.location",
    ])
    .where("invitations.id", "=", hashToken(token))
    .where("invitations.used_at", "is", null)
    .where("invitations.expires_at", ">", toDbTime(now))
    .where("dialogues.status", "=", "invited")
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    dialogueId: row.dialogue_id,
    email: row.email,
    leaderId: row.leader_id,
    leaderName: row.leader_name,
    startsOn: row.starts_on,
    startsAt: row.starts_at,
    location: row.location,
  };
}

export type AcceptResult =
  | { ok: true; dialogueId: string }
  | { ok: false; reason: "invalid" | "ownInvitation" | "otherEmail" | "unverified" };

/**
 * The nearest leader accepts: the link is spent atomically (a second use, or a use at the same
 * moment, fails), they become this leader's nearest leader and the one who holds her dialogues.
 */
export async function acceptInvitation(
  db: DB,
  options: { token: string; userId: string; userEmail: string; now?: Date },
): Promise<AcceptResult> {
  const now = toDbTime(options.now ?? new Date());
  const invitation = await findUsableInvitation(db, options.token, options.now);
  if (!invitation) return { ok: false, reason: "invalid" };
  if (invitation.leaderId === options.userId) return { ok: false, reason: "ownInvitation" };
  // A forwarded link is no way in: the invitation is for the address the leader typed, and only
  // someone who has shown that the address is theirs can take it (issue 13, finding 3).
  if (normalizeEmail(options.userEmail) !== invitation.email) return { ok: false, reason: "otherEmail" };
  const user = await findUserById(db, options.userId);
  if (!user || user.email !== invitation.email) return { ok: false, reason: "otherEmail" };
  if (!isEmailVerified(user)) return { ok: false, reason: "unverified" };
  return db
    .transaction()
    .execute(async (tx) => {
      const spent = await tx
        .updateTable("invitations")
        .set({ used_at: now, used_by: options.userId })
        .where("id", "=", hashToken(options.token))
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .returning(["dialogue_id"])
        .executeTakeFirst();
      if (!spent) return { ok: false, reason: "invalid" } as const;
      const dialogue = await tx
        .updateTable("dialogues")
        .set({ nearest_leader_id: options.userId, status: "accepted", updated_at: nowDbTime() })
        .where("id", "=", spent.dialogue_id)
        .where("status", "=", "invited")
        .returning("id")
        .executeTakeFirst();
      // Replaced by a newer invitation in the meantime: undo spending the link.
      if (!dialogue) throw new InvitationGone();
      // Whoever accepts holds the leader's dialogues from now on; the one before loses them (decision 029).
      await tx
        .updateTable("users")
        .set({
          nearest_leader_id: options.userId,
          accepted_nearest_leader_id: options.userId,
          updated_at: nowDbTime(),
        })
        .where("id", "=", invitation.leaderId)
        .execute();
      return { ok: true, dialogueId: spent.dialogue_id } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof InvitationGone) return { ok: false, reason: "invalid" } as const;
      throw error;
    });
}

class InvitationGone extends Error {}

/** The address the leader invited, for a dialogue not yet accepted. */
export async function findInvitedEmail(db: DB, dialogueId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("invitations")
    .select("email")
    .where("dialogue_id", "=", dialogueId)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row?.email;
}

/** The dialogue a spent link led to, when it was this user who accepted it: they just come back. */
export async function findAcceptedInvitationDialogue(
  db: DB,
  options: { token: string; userId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom("invitations")
    .select("dialogue_id")
    .where("id", "=", hashToken(options.token))
    .where("used_by", "=", options.userId)
    .executeTakeFirst();
  return row?.dialogue_id;
}
