import { sql } from "kysely";
import type { Agreement } from "~/features/agreements/agreement";
import type {
  AgreementKind,
  AgreementOwner,
  AgreementStatus,
  Recurrence,
} from "~/platform/db/column-values/agreement-types";
import type { DB, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { AgreementRow } from "~/platform/db/tables/agreements.table";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { nowDbTime } from "~/platform/db/time.server";

const AGREEMENT_COLUMNS = [
  "agreements.id",
  "agreements.organisation_id",
  "agreements.cycle_id",
  "agreements.kind",
  "agreements.text",
  "agreements.position",
  "agreements.follow_up_date",
  "agreements.follow_up_time",
  "agreements.recurrence",
  "agreements.follow_up_how",
  "agreements.status",
  "agreements.created_at",
  "agreements.updated_at",
  "agreements.dialogue_id",
  "agreements.calendar_sequence",
  "agreements.owner",
] as const;

function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    kind: row.kind,
    text: row.text,
    position: Number(row.position),
    followUpDate: row.follow_up_date,
    followUpTime: row.follow_up_time,
    recurrence: row.recurrence,
    followUpHow: row.follow_up_how,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dialogueId: row.dialogue_id,
    calendarSequence: Number(row.calendar_sequence),
    owner: row.owner,
  };
}

/**
 * A cycle's agreements by list, in the leader's order, the dropped ones of each list last: they are
 * history, not what the leader works on now (issue 15, item 9).
 */
export async function listAgreements(db: Executor, cycleId: string): Promise<Agreement[]> {
  const rows = await db
    .selectFrom("agreements")
    .select(AGREEMENT_COLUMNS)
    .where("cycle_id", "=", cycleId)
    .orderBy("kind")
    .orderBy((eb) => eb.case().when("status", "=", "dropped").then(1).else(0).end())
    .orderBy("position")
    .execute();
  return rows.map(toAgreement);
}

/**
 * An agreement, only if it belongs to a cycle of this user: anyone else gets undefined (a 404).
 * With `isActiveCycleOnly`, only agreements of the current cycle: an archived cycle is history and
 * cannot be changed.
 */
export async function findOwnAgreement(
  db: Executor,
  options: { agreementId: string; userId: string; isActiveCycleOnly?: boolean },
): Promise<Agreement | undefined> {
  let query = db
    .selectFrom("agreements")
    .innerJoin("cycles", "cycles.id", "agreements.cycle_id")
    .select(AGREEMENT_COLUMNS)
    .where("agreements.id", "=", options.agreementId)
    .where("cycles.user_id", "=", options.userId);
  if (options.isActiveCycleOnly) query = query.where("cycles.status", "=", "active");
  const row = await query.executeTakeFirst();
  return row ? toAgreement(row) : undefined;
}

/**
 * An agreement of a current cycle made in a dialogue, that the nearest leader carries out alone or
 * with her ("nearestLeader", "both"); undefined for any other. The caller checks that the person
 * asking holds that dialogue as its nearest leader (issue 15).
 */
export async function findAgreementForNearestLeader(
  db: Executor,
  agreementId: string,
): Promise<(Agreement & { dialogueId: string }) | undefined> {
  const row = await db
    .selectFrom("agreements")
    .innerJoin("cycles", "cycles.id", "agreements.cycle_id")
    .select(AGREEMENT_COLUMNS)
    .where("agreements.id", "=", agreementId)
    .where("cycles.status", "=", "active")
    .where("agreements.kind", "=", "leader")
    .where("agreements.owner", "in", ["nearestLeader", "both"])
    .executeTakeFirst();
  const agreement = row ? toAgreement(row) : undefined;
  return agreement?.dialogueId ? { ...agreement, dialogueId: agreement.dialogueId } : undefined;
}

/**
 * The active agreements this person carries out as a nearest leader (alone or with her), in the
 * dialogues they still hold (accepted, not cancelled, still her accepted nearest leader, as
 * findDialogueForParticipant decides): his home asks him to tick them off (review of issue 15).
 */
export async function listAgreementsCarriedAsNearestLeader(
  db: Executor,
  userId: string,
): Promise<Agreement[]> {
  const rows = await agreementsCarriedAsNearestLeaderQuery(db, userId).execute();
  return rows.map(toAgreement);
}

/**
 * The query itself, so that its plan can be tested: it must reach the agreements from his
 * dialogues through `agreements_dialogue_idx`, not by a scan of every cycle (issue 16's review:
 * 324 ms on every home page at 100,000 leaders).
 */
export function agreementsCarriedAsNearestLeaderQuery(db: Executor, userId: string) {
  return db
    .selectFrom("agreements")
    .innerJoin("cycles", "cycles.id", "agreements.cycle_id")
    .innerJoin("dialogues", "dialogues.id", "agreements.dialogue_id")
    .innerJoin("users as leader", "leader.id", "dialogues.leader_id")
    .select(AGREEMENT_COLUMNS)
    .where("cycles.status", "=", "active")
    .where("agreements.kind", "=", "leader")
    .where("agreements.status", "=", "active")
    .where("agreements.owner", "in", ["nearestLeader", "both"])
    .where("dialogues.status", "!=", "cancelled")
    .where("dialogues.nearest_leader_id", "=", userId)
    .where("leader.accepted_nearest_leader_id", "=", userId)
    .orderBy("agreements.created_at");
}

export interface AgreementFields {
  kind: AgreementKind;
  text: string;
  followUpDate: string | null;
  followUpTime: string | null;
  recurrence: Recurrence | null;
  followUpHow: string;
}

async function nextPosition(db: Executor, cycleId: string, kind: AgreementKind): Promise<number> {
  const last = await db
    .selectFrom("agreements")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("cycle_id", "=", cycleId)
    .where("kind", "=", kind)
    .executeTakeFirst();
  return last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
}

export async function createAgreement(
  db: Executor,
  options: {
    cycle: Pick<Cycle, "id" | "organisation_id">;
    fields: AgreementFields;
    /** Set when the agreement is recorded in a dialogue with the nearest leader. */
    dialogueId?: string;
    /** Who carries it out, named in the dialogue. */
    owner?: AgreementOwner;
  },
): Promise<Agreement> {
  const now = nowDbTime();
  const row: AgreementRow = {
    id: newId(),
    organisation_id: options.cycle.organisation_id,
    cycle_id: options.cycle.id,
    kind: options.fields.kind,
    text: options.fields.text,
    position: await nextPosition(db, options.cycle.id, options.fields.kind),
    follow_up_date: options.fields.followUpDate,
    follow_up_time: options.fields.followUpTime,
    recurrence: options.fields.recurrence,
    follow_up_how: options.fields.followUpHow,
    status: "active",
    dialogue_id: options.dialogueId ?? null,
    calendar_sequence: 0,
    owner: options.owner ?? null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("agreements").values(row).execute();
  return toAgreement(row);
}

export async function updateAgreement(
  db: Executor,
  options: { agreementId: string; fields: Omit<AgreementFields, "kind"> },
): Promise<void> {
  const { fields } = options;
  await db
    .updateTable("agreements")
    .set({
      text: fields.text,
      follow_up_date: fields.followUpDate,
      follow_up_time: fields.followUpTime,
      recurrence: fields.recurrence,
      follow_up_how: fields.followUpHow,
      // Every change reaches the calendars that have the follow-up (decision 032).
      calendar_sequence: sql`calendar_sequence + 1`,
      updated_at: nowDbTime(),
    })
    .where("id", "=", options.agreementId)
    .execute();
}

export async function setAgreementStatus(
  db: Executor,
  agreementId: string,
  status: AgreementStatus,
): Promise<void> {
  await db
    .updateTable("agreements")
    .set({ status, calendar_sequence: sql`calendar_sequence + 1`, updated_at: nowDbTime() })
    .where("id", "=", agreementId)
    .execute();
}

/** Swaps the agreement with its neighbour above or below (same cycle, same kind). */
export async function moveAgreement(
  database: DB,
  agreement: Agreement,
  direction: "up" | "down",
): Promise<void> {
  // Two rows change places: one transaction, so the order is never half-swapped.
  await database.transaction().execute(async (db) => {
    const neighbour = await db
      .selectFrom("agreements")
      .select(["id", "position"])
      .where("cycle_id", "=", agreement.cycleId)
      .where("kind", "=", agreement.kind)
      .where("position", direction === "up" ? "<" : ">", agreement.position)
      .orderBy("position", direction === "up" ? "desc" : "asc")
      .executeTakeFirst();
    if (!neighbour) return;
    const now = nowDbTime();
    await db
      .updateTable("agreements")
      .set({ position: Number(neighbour.position), updated_at: now })
      .where("id", "=", agreement.id)
      .execute();
    await db
      .updateTable("agreements")
      .set({ position: agreement.position, updated_at: now })
      .where("id", "=", neighbour.id)
      .execute();
  });
}

/**
 * Moves an agreement to the other list (with yourself ↔ with your nearest leader), at its end. The
 * gap it leaves is harmless: order is by position, and moving up or down swaps with a neighbour.
 */
export async function moveAgreementToOtherList(database: DB, agreement: Agreement): Promise<AgreementKind> {
  return database.transaction().execute(async (db) => {
    const kind: AgreementKind = agreement.kind === "self" ? "leader" : "self";
    await db
      .updateTable("agreements")
      .set({ kind, position: await nextPosition(db, agreement.cycleId, kind), updated_at: nowDbTime() })
      .where("id", "=", agreement.id)
      .execute();
    return kind;
  });
}
