import type { Agreement } from "~/features/agreements/agreement";
import { listAgreements } from "~/features/agreements/agreements.server";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { isDialogueHeld } from "~/features/dialogue/is-dialogue-held";
import { findSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { dialoguePointsFromTexts } from "~/platform/db/column-values/sharing";
import type { DB } from "~/platform/db/database.server";
import { listAgenda } from "./dialogue-agenda.server";
import { findDialogueNotes } from "./dialogue-notes.server";
import type { DialogueForParticipant } from "./dialogues.server";
import { listCycleDialogues } from "./dialogues.server";
import { canMarkHeld } from "./mark-dialogue-held.server";

/**
 * What the meeting view shows, and to whom. Both see the agenda once the leader has opened the
 * dialogue, the shared notes, and the history of their dialogues. Of the agreements, the nearest
 * leader sees those made in a dialogue and, if the leader shared section 3, the ones written there.
 * The leader's other private texts are never loaded for the nearest leader.
 */
export async function loadMeeting(
  db: DB,
  found: DialogueForParticipant,
  userId: string,
  options: { isDroppedShown?: boolean } = {},
) {
  const { dialogue, role } = found;
  const isLeader = role === "leader";
  const [agenda, notes, { agreements: allAgreements, history }] = await Promise.all([
    listAgenda(db, dialogue.id),
    findDialogueNotes(db, dialogue.id),
    loadMeetingAgreements(db, found, userId),
  ]);
  // The leader's points become the agenda when the leader opens the dialogue; until then only the
  // leader sees them here.
  const pointsBeforeStart =
    isLeader && dialogue.started_at === null && dialogue.rhythm === null
      ? dialoguePointsFromTexts(await findCycleTexts(db, dialogue.cycle_id))
      : [];
  // Dropped agreements are history: out of the meeting's way unless someone asks for them.
  const agreements = options.isDroppedShown
    ? allAgreements
    : allAgreements.filter((agreement) => agreement.status !== "dropped");
  return {
    role,
    dialogue: {
      id: dialogue.id,
      startsOn: dialogue.starts_on,
      startsAt: dialogue.starts_at,
      minutes: dialogue.duration_minutes,
      location: dialogue.location,
      rhythm: dialogue.rhythm,
      isStarted: dialogue.started_at !== null,
      isHeld: isDialogueHeld(dialogue),
      canMarkHeld: canMarkHeld(dialogue),
      isAccepted: dialogue.nearest_leader_id !== null,
    },
    leaderName: found.leaderName,
    nearestLeaderName: found.nearestLeaderName,
    pointsBeforeStart,
    agenda:
      dialogue.started_at !== null
        ? agenda.map(({ id, text, status, carried_from_id }) => ({
            id,
            text,
            status,
            isCarried: carried_from_id !== null,
          }))
        : [],
    notes,
    agreements,
    hiddenDroppedCount: allAgreements.length - agreements.length,
    history: history.map((item) => ({
      id: item.id,
      startsOn: item.starts_on,
      startsAt: item.starts_at,
      rhythm: item.rhythm,
      isHeld: isDialogueHeld(item),
    })),
  };
}

/**
 * The agreements this person sees in the meeting view (with whether they may change each), and the
 * dialogues of the cycle that are theirs. Also what the status action checks against.
 */
export async function loadMeetingAgreements(db: DB, found: DialogueForParticipant, userId: string) {
  const isLeader = found.role === "leader";
  const [allAgreements, shared, allDialogues] = await Promise.all([
    listAgreements(db, found.dialogue.cycle_id),
    findSharedParts(db, found.dialogue.cycle_id),
    listCycleDialogues(db, found.dialogue.cycle_id),
  ]);
  // The nearest leader's part of the cycle: the dialogues they took part in, not a predecessor's.
  const history = allDialogues.filter((item) => isLeader || item.nearest_leader_id === userId);
  const viewer = {
    isLeader,
    isSection3Shared: shared.includes("agreementsWithLeader"),
    ownDialogueIds: new Set(history.map((item) => item.id)),
  };
  const agreements = allAgreements
    .filter((agreement) => canSeeAgreement(agreement, viewer))
    .map((agreement) => ({
      ...agreement,
      canChange: canChangeAgreement(agreement, viewer),
      isHisToTick: isHisToTick(agreement, viewer),
    }));
  return { agreements, history };
}

interface AgreementViewer {
  isLeader: boolean;
  isSection3Shared: boolean;
  /** The dialogues this person took part in. */
  ownDialogueIds: Set<string>;
}

/**
 * Agreements with the nearest leader (section 3): the leader sees all of theirs; the nearest leader
 * those made in their own dialogues and, when the leader shares section 3, exactly what the shared
 * view shows (not dropped ones).
 */
export function canSeeAgreement(agreement: Agreement, viewer: AgreementViewer): boolean {
  if (agreement.kind !== "leader") return false;
  if (viewer.isLeader) return true;
  if (agreement.dialogueId !== null && viewer.ownDialogueIds.has(agreement.dialogueId)) return true;
  return viewer.isSection3Shared && agreement.status !== "dropped";
}

/** The nearest leader may set the status only of agreements made with them in a dialogue. */
export function canChangeAgreement(agreement: Agreement, viewer: AgreementViewer): boolean {
  return (
    agreement.kind === "leader" &&
    (viewer.isLeader || (agreement.dialogueId !== null && viewer.ownDialogueIds.has(agreement.dialogueId)))
  );
}

/**
 * One the nearest leader carries out (alone or with her), made in a dialogue of his: he ticks it off
 * on its own page (as `requireAgreementToTick` decides).
 */
export function isHisToTick(agreement: Agreement, viewer: AgreementViewer): boolean {
  return (
    !viewer.isLeader &&
    agreement.kind === "leader" &&
    (agreement.owner === "nearestLeader" || agreement.owner === "both") &&
    agreement.dialogueId !== null &&
    viewer.ownDialogueIds.has(agreement.dialogueId)
  );
}

export type MeetingData = Awaited<ReturnType<typeof loadMeeting>>;
