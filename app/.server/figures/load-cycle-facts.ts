import { setImmediate as yieldToRequests } from "node:timers/promises";
import { localDateInDenmark } from "~/i18n/format-date";
import type { Executor } from "../db/database";
import { fromDbTime } from "../db/time";
import { type CycleFacts, quarterOf } from "./aggregate-figures";

/** Cycles per query: small enough that one page does not hold up other requests for long. */
const PAGE_SIZE = 2_000;

/**
 * What each leader in the organisation has done, per cycle, as yes/no facts and agreement counts:
 * the input to the anonymous figures. No text is read: the database answers "is there one" and
 * "how many" itself, one row per cycle. Read a page at a time, giving way to waiting requests in
 * between, because SQLite's queries run on the server's only thread and 100,000 cycles at once held
 * every other request for more than a second (docs/performance.md).
 */
export async function loadCycleFacts(db: Executor, organisationId: string): Promise<CycleFacts[]> {
  const facts: CycleFacts[] = [];
  let after = "";
  for (;;) {
    const page = await loadPage(db, organisationId, after);
    for (const row of page) {
      const agreementsTotal = Number(row.agreements_total);
      facts.push({
        userId: row.user_id,
        unitId: row.unit_id,
        quarter: quarterOf(localDateInDenmark(fromDbTime(row.created_at))),
        isLeaderOfLeaders: Boolean(row.is_leader_of_leaders),
        done: {
          finishedStep1: Boolean(row.finished_step1),
          wroteKontrakt: Boolean(row.wrote_kontrakt) || agreementsTotal > 0,
          heldDialogue: Boolean(row.held_dialogue),
          heldFollowUp: Boolean(row.held_follow_up),
        },
        agreementsKept: Number(row.agreements_kept),
        agreementsTotal,
      });
    }
    if (page.length < PAGE_SIZE) return facts;
    after = page.at(-1)?.id ?? after;
    await yieldToRequests();
  }
}

function loadPage(db: Executor, organisationId: string, after: string) {
  return db
    .selectFrom("cycles")
    .innerJoin("users", "users.id", "cycles.user_id")
    .where("cycles.organisation_id", "=", organisationId)
    .where("cycles.id", ">", after)
    .orderBy("cycles.id")
    .limit(PAGE_SIZE)
    .select((eb) => {
      const textsLike = (pattern: string) =>
        eb.exists(
          eb
            .selectFrom("cycle_texts")
            .select("cycle_texts.text_key")
            .whereRef("cycle_texts.cycle_id", "=", "cycles.id")
            .where("cycle_texts.text_key", "like", pattern)
            .where("cycle_texts.body", "!=", ""),
        );
      const heldDialogues = () =>
        eb
          .selectFrom("dialogues")
          .select("dialogues.id")
          .whereRef("dialogues.cycle_id", "=", "cycles.id")
          .where("dialogues.started_at", "is not", null)
          .where("dialogues.status", "!=", "cancelled");
      const agreements = () =>
        eb
          .selectFrom("agreements")
          .select((count) => count.fn.countAll().as("count"))
          .whereRef("agreements.cycle_id", "=", "cycles.id");
      return [
        "cycles.id",
        "cycles.user_id",
        "cycles.created_at",
        "users.unit_id",
        textsLike("note:%").as("finished_step1"),
        textsLike("kontrakt:%").as("wrote_kontrakt"),
        eb.exists(heldDialogues().where("dialogues.rhythm", "is", null)).as("held_dialogue"),
        eb.exists(heldDialogues().where("dialogues.rhythm", "is not", null)).as("held_follow_up"),
        agreements().as("agreements_total"),
        agreements().where("agreements.status", "=", "completed").as("agreements_kept"),
        eb
          .exists(
            eb
              .selectFrom("users as reports")
              .select("reports.id")
              .whereRef("reports.nearest_leader_id", "=", "cycles.user_id"),
          )
          .as("is_leader_of_leaders"),
      ];
    })
    .execute();
}
