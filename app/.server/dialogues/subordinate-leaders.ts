import { localDateInDenmark } from "~/i18n/format-date";
import { toCount } from "../db/count";
import type { Executor } from "../db/database";

export interface SubordinateLeaderState {
  id: string;
  name: string;
  /** The latest dialogue that was held (opened), and the next one planned: dates and ids only. */
  lastDialogue: { id: string; startsOn: string; startsAt: string } | null;
  nextDialogue: { id: string; startsOn: string; startsAt: string } | null;
  /** Agreements made with this nearest leader and still in progress: a number, never their text. */
  openAgreements: number;
}

/**
 * For a leader of leaders: each leader who has them as nearest leader, with the state of their
 * current cycle. Only dates and counts: the leaders' own texts stay theirs.
 */
export async function listSubordinateLeaders(
  db: Executor,
  options: { userId: string; now?: Date },
): Promise<SubordinateLeaderState[]> {
  const today = localDateInDenmark(options.now);
  const leaders = await db
    .selectFrom("users")
    .innerJoin("cycles", (join) =>
      join.onRef("cycles.user_id", "=", "users.id").on("cycles.status", "=", "active"),
    )
    .select(["users.id", "users.name", "cycles.id as cycle_id"])
    .where("users.nearest_leader_id", "=", options.userId)
    .orderBy("users.name")
    .execute();
  return Promise.all(
    leaders.map(async (leader) => {
      const dialogues = db
        .selectFrom("dialogues")
        .select(["id", "starts_on", "starts_at"])
        .where("cycle_id", "=", leader.cycle_id)
        .where("nearest_leader_id", "=", options.userId)
        .where("status", "!=", "cancelled");
      const [last, next, open] = await Promise.all([
        dialogues
          .where("started_at", "is not", null)
          .orderBy("starts_on", "desc")
          .orderBy("starts_at", "desc")
          .executeTakeFirst(),
        dialogues
          .where("started_at", "is", null)
          .where("starts_on", ">=", today)
          .orderBy("starts_on")
          .orderBy("starts_at")
          .executeTakeFirst(),
        db
          .selectFrom("agreements")
          .select((eb) => eb.fn.countAll().as("count"))
          .where("cycle_id", "=", leader.cycle_id)
          .where("kind", "=", "leader")
          .where("status", "=", "active")
          // Only agreements made with this nearest leader in a dialogue: the leader's own drafts are private.
          .where(
            "dialogue_id",
            "in",
            db.selectFrom("dialogues").select("id").where("nearest_leader_id", "=", options.userId),
          )
          .executeTakeFirst(),
      ]);
      const toView = (row: typeof last) =>
        row ? { id: row.id, startsOn: row.starts_on, startsAt: row.starts_at } : null;
      return {
        id: leader.id,
        name: leader.name,
        lastDialogue: toView(last),
        nextDialogue: toView(next),
        openAgreements: toCount(open?.count),
      };
    }),
  );
}
