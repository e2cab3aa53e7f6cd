import { DEFAULT_FOLLOW_UP_TIME } from "~/features/agreements/agreement";
import { listAgreementChecks } from "~/features/agreements/agreement-checks.server";
import type { Recurrence } from "~/platform/db/column-values/agreement-types";
import type { Executor } from "~/platform/db/database.server";
import {
  addDaysToLocalDate,
  copenhagenInstant,
  localDateInDenmark,
  mondayOfLocalDate,
} from "~/platform/time/local-date";
import { type FollowUpReminder, type ReminderRecipient, toRecipient } from "./due-reminder.server";
import { isFollowUpOn } from "./follow-up-occurrence.server";

/** "followUpOverdue" comes this many days after a one-off follow-up date, at its time of day. */
export const OVERDUE_AFTER_DAYS = 2;
/**
 * …and no later than this many days after that: an older one is no news, and the first run after an
 * upgrade must not mail every leader about every agreement they ever let slip.
 */
export const OVERDUE_NOTICE_DAYS = 7;

interface Candidate {
  id: string;
  text: string;
  followUpDate: string;
  time: string;
  recurrence: Recurrence | null;
  recipient: ReminderRecipient;
}

/**
 * "followUpDue": from the follow-up's time (09:00 when none was chosen) to the end of the Danish day
 * it falls on, its own date or a repeat. "followUpOverdue": a one-off follow-up whose date is two or
 * more days past with no tick for the week it fell in. Both only for active agreements in a leader's
 * active cycle, to that leader.
 */
export async function findDueFollowUpReminders(db: Executor, now: Date): Promise<FollowUpReminder[]> {
  const today = localDateInDenmark(now);
  const candidates = await listFollowUpCandidates(db, today);
  const due = candidates.flatMap((candidate): FollowUpReminder[] => {
    const isDue = isFollowUpOn(candidate, today) && copenhagenInstant(today, candidate.time) <= now;
    return isDue ? [toReminder("followUpDue", candidate, today)] : [];
  });
  const overdue = await findOverdue(db, candidates, { now, today });
  return [...due, ...overdue];
}

async function findOverdue(
  db: Executor,
  candidates: Candidate[],
  { now, today }: { now: Date; today: string },
): Promise<FollowUpReminder[]> {
  const late = candidates.filter((candidate) => {
    if (candidate.recurrence !== null) return false;
    const overdueOn = addDaysToLocalDate(candidate.followUpDate, OVERDUE_AFTER_DAYS);
    return (
      copenhagenInstant(overdueOn, candidate.time) <= now &&
      today <= addDaysToLocalDate(overdueOn, OVERDUE_NOTICE_DAYS)
    );
  });
  if (late.length === 0) return [];
  // A one-off agreement is ticked per week, dated by its Monday: a tick for the week the follow-up
  // fell in, or any later one, means the leader has followed up.
  const checks = await listAgreementChecks(db, {
    agreementIds: late.map((candidate) => candidate.id),
    since: late.map((candidate) => mondayOfLocalDate(candidate.followUpDate)).sort()[0] ?? today,
  });
  return late
    .filter(
      (candidate) =>
        !checks.some(
          (check) =>
            check.agreementId === candidate.id && check.date >= mondayOfLocalDate(candidate.followUpDate),
        ),
    )
    .map((candidate) => toReminder("followUpOverdue", candidate, candidate.followUpDate));
}

function toReminder(
  kind: FollowUpReminder["kind"],
  candidate: Candidate,
  occurrence: string,
): FollowUpReminder {
  return {
    kind,
    subjectId: candidate.id,
    occurrence,
    recipient: candidate.recipient,
    agreement: { id: candidate.id, text: candidate.text, followUpDate: candidate.followUpDate },
  };
}

/** Active agreements with a follow-up that could be due or overdue today. */
async function listFollowUpCandidates(db: Executor, today: string): Promise<Candidate[]> {
  const oldestOverdue = addDaysToLocalDate(today, -(OVERDUE_AFTER_DAYS + OVERDUE_NOTICE_DAYS));
  const rows = await db
    .selectFrom("agreements")
    .innerJoin("cycles", "cycles.id", "agreements.cycle_id")
    .innerJoin("users", "users.id", "cycles.user_id")
    .select([
      "agreements.id",
      "agreements.text",
      "agreements.follow_up_date",
      "agreements.follow_up_time",
      "agreements.recurrence",
      "users.id as user_id",
      "users.email",
      "users.name",
      "users.locale",
    ])
    .where("agreements.status", "=", "active")
    .where("cycles.status", "=", "active")
    .where("users.is_active", "=", 1)
    .where("agreements.follow_up_date", "is not", null)
    .where("agreements.follow_up_date", "<=", today)
    .where((eb) =>
      eb.or([
        eb("agreements.recurrence", "is not", null),
        eb("agreements.follow_up_date", ">=", oldestOverdue),
      ]),
    )
    .execute();
  return rows.flatMap((row) =>
    row.follow_up_date === null
      ? []
      : [
          {
            id: row.id,
            text: row.text,
            followUpDate: row.follow_up_date,
            time: row.follow_up_time ?? DEFAULT_FOLLOW_UP_TIME,
            recurrence: row.recurrence,
            recipient: toRecipient({ id: row.user_id, email: row.email, name: row.name, locale: row.locale }),
          },
        ],
  );
}
