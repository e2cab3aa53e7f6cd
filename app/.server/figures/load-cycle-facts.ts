import { localDateInDenmark } from "~/i18n/format-date";
import type { Executor } from "../db/database";
import { fromDbTime } from "../db/time";
import { type CycleFacts, quarterOf } from "./aggregate-figures";

/**
 * What each leader in the organisation has done, per cycle, as yes/no facts and agreement counts:
 * the input to the anonymous figures. No text is read.
 */
export async function loadCycleFacts(db: Executor, organisationId: string): Promise<CycleFacts[]> {
  const [cycles, texts, dialogues, agreements, leadersOfLeaders] = await Promise.all([
    db
      .selectFrom("cycles")
      .innerJoin("users", "users.id", "cycles.user_id")
      .select(["cycles.id", "cycles.user_id", "cycles.created_at", "users.unit_id"])
      .where("cycles.organisation_id", "=", organisationId)
      .execute(),
    // Only which kinds of text exist (their keys), never their bodies.
    db
      .selectFrom("cycle_texts")
      .select(["cycle_id", "text_key"])
      .where("organisation_id", "=", organisationId)
      .where("body", "!=", "")
      .execute(),
    db
      .selectFrom("dialogues")
      .select(["cycle_id", "rhythm"])
      .where("organisation_id", "=", organisationId)
      .where("started_at", "is not", null)
      .where("status", "!=", "cancelled")
      .execute(),
    db
      .selectFrom("agreements")
      .select(["cycle_id", "status"])
      .where("organisation_id", "=", organisationId)
      .execute(),
    db
      .selectFrom("users")
      .select("nearest_leader_id")
      .where("organisation_id", "=", organisationId)
      .where("nearest_leader_id", "is not", null)
      .execute(),
  ]);
  const isLeaderOfLeaders = new Set(leadersOfLeaders.map((row) => row.nearest_leader_id));
  const keysByCycle = groupBy(texts, (row) => row.cycle_id);
  const dialoguesByCycle = groupBy(dialogues, (row) => row.cycle_id);
  const agreementsByCycle = groupBy(agreements, (row) => row.cycle_id);
  return cycles.map((cycle) => {
    const keys = keysByCycle.get(cycle.id) ?? [];
    const held = dialoguesByCycle.get(cycle.id) ?? [];
    const own = agreementsByCycle.get(cycle.id) ?? [];
    return {
      userId: cycle.user_id,
      unitId: cycle.unit_id,
      quarter: quarterOf(localDateInDenmark(fromDbTime(cycle.created_at))),
      isLeaderOfLeaders: isLeaderOfLeaders.has(cycle.user_id),
      done: {
        finishedStep1: keys.some((row) => row.text_key.startsWith("note:")),
        wroteKontrakt: keys.some((row) => row.text_key.startsWith("kontrakt:")) || own.length > 0,
        heldDialogue: held.some((row) => row.rhythm === null),
        heldFollowUp: held.some((row) => row.rhythm !== null),
      },
      agreementsKept: own.filter((row) => row.status === "completed").length,
      agreementsTotal: own.length,
    };
  });
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
