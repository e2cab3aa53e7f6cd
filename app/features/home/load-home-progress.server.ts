import type { Agreement } from "~/features/agreements/agreement";
import { listAgreementChecks } from "~/features/agreements/agreement-checks.server";
import {
  listAgreements,
  listAgreementsCarriedAsNearestLeader,
} from "~/features/agreements/agreements.server";
import { tickOffFor } from "~/features/agreements/check-periods";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { findActiveCycle } from "~/features/cycles/cycles.server";
import { isStepOneKey } from "~/features/cycles/text-keys";
import { listCycleDialogues } from "~/features/dialogue/dialogues.server";
import { isDialogueHeld } from "~/features/dialogue/is-dialogue-held";
import type { Executor } from "~/platform/db/database.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { addDaysToLocalDate, localDateInDenmark, mondayOfLocalDate } from "~/platform/time/local-date";
import { isOccurrenceOn } from "~/platform/time/rhythm";

/** 1 Forbered dig → 2 Lederkontrakt → 3 Dialog → 4 Opfølgning (the step indicator's ↻). */
export type HomeStep = 1 | 2 | 3 | 4;

export interface HomeDialogue {
  id: string;
  startsOn: string;
  startsAt: string;
  /** A follow-up dialogue (booked after the first one), not the first dialogue itself. */
  isFollowUp: boolean;
}

export interface HomeAgreement {
  id: string;
  text: string;
}

export interface NearestLeaderDialogue {
  id: string;
  leaderName: string;
  startsOn: string;
  startsAt: string;
}

export interface HomeProgress {
  hasStarted: boolean;
  currentStep: HomeStep;
  noteCount: number;
  kontraktFields: number;
  agreementCount: number;
  /** The first dialogue of the cycle (the one the leader invited to), if any. */
  invitedDialogue: (HomeDialogue & { isAccepted: boolean; isHeld: boolean }) | null;
  followUpCount: number;
  /** The next dialogue not yet held, today or later. */
  nextDialogue: HomeDialogue | null;
  /** Follow-up dialogues and agreements' follow-ups that fall in this week (Monday to Sunday). */
  dueThisWeek: { dialogues: HomeDialogue[]; agreements: (HomeAgreement & { date: string })[] };
  /** Active agreements that have begun and are not ticked off for the current day or week. */
  agreementsToTick: HomeAgreement[];
  /** Dialogues this person holds as someone's nearest leader, still to come, soonest first. */
  asNearestLeader: NearestLeaderDialogue[];
}

/**
 * Where a person is, derived from what they have really done: the one source of "Min lederdialog".
 * Only the person's own cycle, and dates and names of the dialogues they hold as nearest leader
 * (never the other leader's texts).
 */
export async function loadHomeProgress(
  db: Executor,
  options: { userId: string; now?: Date },
): Promise<HomeProgress> {
  const today = localDateInDenmark(options.now);
  const [cycle, asNearestLeader, carried] = await Promise.all([
    findActiveCycle(db, options.userId),
    listNearestLeaderDialogues(db, { userId: options.userId, today, now: options.now ?? new Date() }),
    listAgreementsCarriedAsNearestLeader(db, options.userId),
  ]);
  // Agreements he carries out for a leader he is the nearest leader of are his to tick off too.
  const carriedToTick = await listAgreementsToTick(db, { agreements: carried, today, now: options.now });
  if (!cycle) return { ...notStarted(), agreementsToTick: carriedToTick, asNearestLeader };
  const [texts, agreements, dialogues] = await Promise.all([
    findCycleTexts(db, cycle.id),
    listAgreements(db, cycle.id),
    listCycleDialogues(db, cycle.id),
  ]);
  const written = Object.entries(texts).filter(([, text]) => text.body.trim() !== "");
  const noteCount = written.filter(([key]) => isStepOneKey(key)).length;
  const kontraktFields = written.filter(([key]) => key.startsWith("kontrakt:")).length;
  const current = agreements.filter((agreement) => agreement.status !== "dropped");
  const active = agreements.filter((agreement) => agreement.status === "active");

  // The first dialogue is the one without a rhythm, the latest invited (as findInvitedDialogue).
  const invited = dialogues
    .filter((dialogue) => dialogue.rhythm === null)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  const followUps = dialogues.filter((dialogue) => dialogue.rhythm !== null);
  // Held when its time has come or one of them marked it; opening the agenda early is preparation
  // (decision 039), so a dialogue opened a week ahead is still the one to come on both homes.
  const now = options.now ?? new Date();
  const isAhead = (dialogue: Dialogue) => !isDialogueHeld(dialogue, now);
  const isHeld = invited !== undefined && !isAhead(invited);
  const currentStep: HomeStep =
    isHeld || followUps.length > 0 ? 4 : invited ? 3 : kontraktFields > 0 || current.length > 0 ? 2 : 1;

  const upcoming = dialogues.filter(isAhead);
  const monday = mondayOfLocalDate(today);
  const sunday = addDaysToLocalDate(monday, 6);
  const inThisWeek = (date: string) => date >= monday && date <= sunday;

  return {
    hasStarted: true,
    currentStep,
    noteCount,
    kontraktFields,
    agreementCount: current.length,
    invitedDialogue: invited
      ? { ...toHomeDialogue(invited), isAccepted: invited.nearest_leader_id !== null, isHeld }
      : null,
    followUpCount: followUps.length,
    nextDialogue: upcoming[0] ? toHomeDialogue(upcoming[0]) : null,
    dueThisWeek: {
      dialogues: followUps
        .filter((dialogue) => isAhead(dialogue) && inThisWeek(dialogue.starts_on))
        .map(toHomeDialogue),
      agreements: active.flatMap((agreement) => {
        const date = followUpDateInWeek(agreement, monday);
        return date ? [{ id: agreement.id, text: agreement.text, date }] : [];
      }),
    },
    agreementsToTick: [
      ...(await listAgreementsToTick(db, { agreements: active, today, now: options.now })),
      ...carriedToTick,
    ],
    asNearestLeader,
  };
}

function notStarted(): Omit<HomeProgress, "asNearestLeader"> {
  return {
    hasStarted: false,
    currentStep: 1,
    noteCount: 0,
    kontraktFields: 0,
    agreementCount: 0,
    invitedDialogue: null,
    followUpCount: 0,
    nextDialogue: null,
    dueThisWeek: { dialogues: [], agreements: [] },
    agreementsToTick: [],
  };
}

function toHomeDialogue(dialogue: Dialogue): HomeDialogue {
  return {
    id: dialogue.id,
    startsOn: dialogue.starts_on,
    startsAt: dialogue.starts_at,
    isFollowUp: dialogue.rhythm !== null,
  };
}

/** The first day of the week from `monday` on which the agreement's follow-up falls, if any. */
function followUpDateInWeek(agreement: Agreement, monday: string): string | null {
  const first = agreement.followUpDate;
  if (!first) return null;
  for (let day = 0; day < 7; day += 1) {
    const date = addDaysToLocalDate(monday, day);
    if (agreement.recurrence ? isOccurrenceOn(agreement.recurrence, first, date) : date === first)
      return date;
  }
  return null;
}

/**
 * The agreements asked about now and not yet answered: a repeating one whose current period has
 * no tick-off, and an undated one or a one-off whose day has come, not yet done ("Er den gjort?"),
 * as the agreement's own page asks them (tickOffFor, issue 15 item 9).
 */
async function listAgreementsToTick(
  db: Executor,
  options: { agreements: Agreement[]; today: string; now?: Date },
): Promise<HomeAgreement[]> {
  const asked = options.agreements.map((agreement) => ({
    agreement,
    tickOff: tickOffFor(agreement, options.now),
  }));
  const periodic = asked.flatMap(({ agreement, tickOff }) =>
    tickOff.kind === "periodic" ? [{ agreement, current: tickOff.current }] : [],
  );
  const since = periodic.map((item) => item.current).sort()[0];
  const checks = since
    ? await listAgreementChecks(db, { agreementIds: periodic.map((item) => item.agreement.id), since })
    : [];
  return asked
    .filter(({ agreement, tickOff }) =>
      tickOff.kind === "once"
        ? agreement.followUpDate === null || agreement.followUpDate <= options.today
        : tickOff.kind === "periodic" &&
          !checks.some((check) => check.agreementId === agreement.id && check.date === tickOff.current),
    )
    .map(({ agreement }) => ({ id: agreement.id, text: agreement.text }));
}

/**
 * The dialogues still to come where this person is the nearest leader who holds them (as
 * findDialogueForParticipant decides: accepted, and still the leader's accepted nearest leader).
 */
async function listNearestLeaderDialogues(
  db: Executor,
  options: { userId: string; today: string; now: Date },
): Promise<NearestLeaderDialogue[]> {
  const rows = await db
    .selectFrom("dialogues")
    .innerJoin("users as leader", "leader.id", "dialogues.leader_id")
    .innerJoin("cycles", "cycles.id", "dialogues.cycle_id")
    .select([
      "dialogues.id",
      "dialogues.status",
      "dialogues.starts_on",
      "dialogues.starts_at",
      "leader.name as leader_name",
    ])
    .where("dialogues.nearest_leader_id", "=", options.userId)
    .where("leader.accepted_nearest_leader_id", "=", options.userId)
    .where("cycles.status", "=", "active")
    .where("dialogues.status", "not in", ["cancelled", "held"])
    .where("dialogues.starts_on", ">=", options.today)
    .orderBy("dialogues.starts_on")
    .orderBy("dialogues.starts_at")
    .limit(5)
    .execute();
  // Today's whose time has passed are held (isDialogueHeld), no longer to prepare for.
  return rows
    .filter((row) => !isDialogueHeld(row, options.now))
    .map((row) => ({
      id: row.id,
      leaderName: row.leader_name,
      startsOn: row.starts_on,
      startsAt: row.starts_at,
    }));
}
