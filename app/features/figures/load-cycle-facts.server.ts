import { setImmediate as yieldToRequests } from "node:timers/promises";
import type { Executor } from "~/platform/db/database.server";
import { fromDbTime } from "~/platform/db/time.server";
import { localDateInDenmark } from "~/platform/time/local-date";
import { type CycleFacts, quarterOf } from "./aggregate-figures.server";

/** Cycles per query: small enough that one page does not hold up other requests for long. */
const PAGE_SIZE = 2_000;

/**
 * What each leader in the organisation has done, per cycle, as yes/no facts and agreement counts:
 * the input to the anonymous figures. No text is read: the database counts, per cycle. Read a page
 * of cycles at a time, giving way to waiting requests in between, because SQLite's queries run on
 * the server's only thread and 100,000 cycles at once held every other request for more than a
 * second (docs/performance.md).
 */
export async function loadCycleFacts(db: Executor, organisationId: string): Promise<CycleFacts[]> {
  const facts: CycleFacts[] = [];
  // Held for as long as the figures (every cycle of the organisation, decision 040): each row's
  // unit id, quarter and done-flags are one of few values, so each is kept once and shared, not
  // once per cycle (27 MB held at 100,000 leaders before, docs/performance.md).
  const shared = new Map<string, string>();
  const once = (value: string) => {
    const known = shared.get(value);
    if (known !== undefined) return known;
    shared.set(value, value);
    return value;
  };
  const doneOnce = new Map<string, CycleFacts["done"]>();
  const sharedDone = (done: CycleFacts["done"]) => {
    const key = `${+done.finishedStep1}${+done.wroteKontrakt}${+done.heldDialogue}${+done.heldFollowUp}`;
    const known = doneOnce.get(key);
    if (known) return known;
    const frozen = Object.freeze(done);
    doneOnce.set(key, frozen);
    return frozen;
  };
  const leadersOfLeaders = new Set(
    (
      await db
        .selectFrom("users")
        .select("nearest_leader_id")
        .distinct()
        .where("organisation_id", "=", organisationId)
        .where("nearest_leader_id", "is not", null)
        .execute()
    ).map((row) => row.nearest_leader_id),
  );
  let after = "";
  for (;;) {
    const cycles = await db
      .selectFrom("cycles")
      .innerJoin("users", "users.id", "cycles.user_id")
      .select(["cycles.id", "cycles.user_id", "cycles.created_at", "users.unit_id"])
      .where("cycles.organisation_id", "=", organisationId)
      .where("cycles.id", ">", after)
      .orderBy("cycles.id")
      .limit(PAGE_SIZE)
      .execute();
    const last = cycles.at(-1)?.id;
    if (last === undefined) return facts;
    const { texts, dialogues, agreements } = await loadWhatWasDone(db, { organisationId, after, last });
    for (const cycle of cycles) {
      const own = {
        texts: texts.get(cycle.id),
        dialogues: dialogues.get(cycle.id),
        agreements: agreements.get(cycle.id),
      };
      const agreementsTotal = Number(own.agreements?.total ?? 0);
      facts.push({
        userId: cycle.user_id,
        unitId: cycle.unit_id === null ? null : once(cycle.unit_id),
        quarter: once(quarterOf(localDateInDenmark(fromDbTime(cycle.created_at)))),
        isLeaderOfLeaders: leadersOfLeaders.has(cycle.user_id),
        done: sharedDone({
          finishedStep1: Number(own.texts?.notes ?? 0) > 0,
          wroteKontrakt: Number(own.texts?.kontrakt ?? 0) > 0 || agreementsTotal > 0,
          heldDialogue: Number(own.dialogues?.first ?? 0) > 0,
          heldFollowUp: Number(own.dialogues?.followUps ?? 0) > 0,
        }),
        agreementsKept: Number(own.agreements?.kept ?? 0),
        agreementsTotal,
      });
    }
    if (cycles.length < PAGE_SIZE) return facts;
    after = last;
    await yieldToRequests();
  }
}

/**
 * For one page of cycles (ids after `after`, up to and including `last`): which kinds of text exist,
 * which dialogues were held, and how many agreements there are and were kept — counted by the
 * database, grouped per cycle. A range of cycle ids, because every table is indexed by cycle id
 * first. (Correlated EXISTS per cycle was planned by PostgreSQL as a scan of every dialogue per
 * page, and a list of 2,000 ids made each query slow to plan.)
 */
async function loadWhatWasDone(db: Executor, page: { organisationId: string; after: string; last: string }) {
  const [texts, dialogues, agreements] = await Promise.all([
    db
      .selectFrom("cycle_texts")
      .select((eb) => [
        "cycle_id",
        eb.fn.sum<number>(eb.case().when("text_key", "like", "note:%").then(1).else(0).end()).as("notes"),
        eb.fn
          .sum<number>(eb.case().when("text_key", "like", "kontrakt:%").then(1).else(0).end())
          .as("kontrakt"),
      ])
      .where("organisation_id", "=", page.organisationId)
      .where("cycle_id", ">", page.after)
      .where("cycle_id", "<=", page.last)
      .where("body", "!=", "")
      .groupBy("cycle_id")
      .execute(),
    db
      .selectFrom("dialogues")
      .select((eb) => [
        "cycle_id",
        eb.fn.sum<number>(eb.case().when("rhythm", "is", null).then(1).else(0).end()).as("first"),
        eb.fn.sum<number>(eb.case().when("rhythm", "is not", null).then(1).else(0).end()).as("followUps"),
      ])
      .where("organisation_id", "=", page.organisationId)
      .where("cycle_id", ">", page.after)
      .where("cycle_id", "<=", page.last)
      .where("started_at", "is not", null)
      .where("status", "!=", "cancelled")
      .groupBy("cycle_id")
      .execute(),
    db
      .selectFrom("agreements")
      .select((eb) => [
        "cycle_id",
        eb.fn.countAll<number>().as("total"),
        eb.fn.sum<number>(eb.case().when("status", "=", "completed").then(1).else(0).end()).as("kept"),
      ])
      .where("organisation_id", "=", page.organisationId)
      .where("cycle_id", ">", page.after)
      .where("cycle_id", "<=", page.last)
      .groupBy("cycle_id")
      .execute(),
  ]);
  const byCycle = <Row extends { cycle_id: string }>(rows: Row[]) =>
    new Map(rows.map((row) => [row.cycle_id, row]));
  return {
    texts: byCycle(texts),
    dialogues: byCycle(dialogues),
    agreements: byCycle(agreements),
  };
}
