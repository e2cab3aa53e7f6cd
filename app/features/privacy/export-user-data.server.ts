import { getToolContent } from "~/content/get-tool-content";
import { listAgreements } from "~/features/agreements/agreements.server";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { listAgenda } from "~/features/dialogue/dialogue-agenda.server";
import { findDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { findSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { listShareReads } from "~/features/sharing/share-reads.server";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import { findUserById, findUserRoles } from "~/platform/auth/users.server";
import type { DB } from "~/platform/db/database.server";
import { describeTextKey } from "./describe-text-key.server";

/**
 * Everything Lederdialog holds about a person, as plain data they can keep: their account, every
 * cycle with its texts (each with the question it answers), agreements and tick-offs, what they
 * shared and who read it, the dialogues they took part in and with whom (whose agenda and notes both
 * participants share), the invitations they sent, their mail choices, calendar subscriptions,
 * linked sign-ins, sessions and security log (issue 14, finding 7). Another person's private text
 * is never part of it.
 */
export async function exportUserData(db: DB, userId: string, options: { now?: Date; locale?: Locale } = {}) {
  const now = options.now ?? new Date();
  const locale = options.locale ?? "da";
  const tool = getToolContent(locale);
  const { t } = serverI18n(locale);
  const user = await findUserById(db, userId);
  if (!user) return undefined;
  const cycles = await db
    .selectFrom("cycles")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
  const dialogues = await db
    .selectFrom("dialogues")
    .selectAll()
    .where((eb) => eb.or([eb("leader_id", "=", userId), eb("nearest_leader_id", "=", userId)]))
    .where("status", "!=", "cancelled")
    .orderBy("starts_on")
    .execute();
  return {
    exportedAt: now.toISOString(),
    account: {
      name: user.name,
      email: user.email,
      locale: user.locale,
      createdAt: user.created_at,
      roles: await findUserRoles(db, userId),
    },
    cycles: await Promise.all(
      cycles.map(async (cycle) => {
        const [texts, agreements, shared, reads] = await Promise.all([
          findCycleTexts(db, cycle.id),
          listAgreements(db, cycle.id),
          findSharedParts(db, cycle.id),
          listShareReads(db, cycle.id),
        ]);
        const agreementIds = agreements.map((agreement) => agreement.id);
        const checks =
          agreementIds.length === 0
            ? []
            : await db
                .selectFrom("agreement_checks")
                .select(["agreement_id", "check_date", "is_kept"])
                .where("agreement_id", "in", agreementIds)
                .execute();
        return {
          status: cycle.status,
          startedAt: cycle.created_at,
          texts: Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.body])),
          answers: Object.entries(texts)
            .filter(([, text]) => text.body.trim() !== "")
            .map(([key, text]) => ({ ...describeTextKey(key, tool, t), text: text.body, key })),
          agreements: agreements.map((agreement) => ({
            ...agreement,
            checks: checks
              .filter((check) => check.agreement_id === agreement.id)
              .map((check) => ({ date: check.check_date, isKept: Number(check.is_kept) === 1 })),
          })),
          sharedWithNearestLeader: shared,
          readsOfWhatYouShared: reads,
        };
      }),
    ),
    dialogues: await Promise.all(
      dialogues.map(async (dialogue) => ({
        role: dialogue.leader_id === userId ? "leader" : "nearestLeader",
        with: await otherParty(db, dialogue, userId),
        startsOn: dialogue.starts_on,
        startsAt: dialogue.starts_at,
        minutes: dialogue.duration_minutes,
        location: dialogue.location,
        rhythm: dialogue.rhythm,
        agenda: (await listAgenda(db, dialogue.id)).map((item) => ({ text: item.text, status: item.status })),
        notes: (await findDialogueNotes(db, dialogue.id)).body,
      })),
    ),
    ...(await accountRecords(db, userId)),
  };
}

async function otherParty(
  db: DB,
  dialogue: { leader_id: string; nearest_leader_id: string | null },
  userId: string,
): Promise<{ name: string; email: string } | null> {
  const otherId = dialogue.leader_id === userId ? dialogue.nearest_leader_id : dialogue.leader_id;
  const other = otherId ? await findUserById(db, otherId) : undefined;
  return other ? { name: other.name, email: other.email } : null;
}

/** What the app keeps about the account itself, besides what the person wrote. */
async function accountRecords(db: DB, userId: string) {
  const [invitations, unsubscribes, calendarFeeds, identities, sessions, securityLog] = await Promise.all([
    db
      .selectFrom("invitations")
      .innerJoin("dialogues", "dialogues.id", "invitations.dialogue_id")
      .select([
        "invitations.email",
        "invitations.created_at",
        "invitations.expires_at",
        "invitations.used_at",
      ])
      .where("dialogues.leader_id", "=", userId)
      .orderBy("invitations.created_at")
      .execute(),
    db.selectFrom("mail_unsubscribes").select(["kind", "created_at"]).where("user_id", "=", userId).execute(),
    // Never the address itself (its secret is the key to the feed), only that it exists.
    db
      .selectFrom("calendar_feeds")
      .select(["created_at", "revoked_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("sso_identities")
      .select(["provider", "email", "created_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("sessions")
      .select(["created_at", "last_used_at", "expires_at", "ip", "user_agent"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("security_events")
      .select(["event", "created_at", "ip", "user_agent"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
  ]);
  return {
    invitationsSent: invitations.map((row) => ({
      email: row.email,
      sentAt: row.created_at,
      expiresAt: row.expires_at,
      acceptedAt: row.used_at,
    })),
    remindersSwitchedOff: unsubscribes.map((row) => ({ kind: row.kind, since: row.created_at })),
    calendarSubscriptions: calendarFeeds.map((row) => ({
      createdAt: row.created_at,
      stoppedAt: row.revoked_at,
    })),
    linkedSignIns: identities.map((row) => ({
      provider: row.provider,
      email: row.email,
      linkedAt: row.created_at,
    })),
    sessions: sessions.map((row) => ({
      startedAt: row.created_at,
      lastUsedAt: row.last_used_at,
      expiresAt: row.expires_at,
      ip: row.ip,
      device: row.user_agent,
    })),
    securityLog: securityLog.map((row) => ({
      event: row.event,
      at: row.created_at,
      ip: row.ip,
      device: row.user_agent,
    })),
  };
}
