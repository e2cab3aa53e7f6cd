import { listAgreements } from "../agreements/agreements";
import { findCycleTexts } from "../cycles/cycle-texts";
import type { DB } from "../db/database";
import { listAgenda } from "../dialogues/dialogue-agenda";
import { findDialogueNotes } from "../dialogues/dialogue-notes";
import { findSharedParts } from "../sharing/kontrakt-shares";
import { listShareReads } from "../sharing/share-reads";
import { findUserById, findUserRoles } from "../users/users";

/**
 * Everything Lederdialog holds about a person, as plain data they can keep: their account, every
 * cycle with its texts, agreements and tick-offs, what they shared and who read it, and the
 * dialogues they took part in (whose agenda and notes both participants share). Another person's
 * private text is never part of it.
 */
export async function exportUserData(db: DB, userId: string, now = new Date()) {
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
        startsOn: dialogue.starts_on,
        startsAt: dialogue.starts_at,
        minutes: dialogue.duration_minutes,
        location: dialogue.location,
        rhythm: dialogue.rhythm,
        agenda: (await listAgenda(db, dialogue.id)).map((item) => ({ text: item.text, status: item.status })),
        notes: (await findDialogueNotes(db, dialogue.id)).body,
      })),
    ),
  };
}
