import { isDialogueHeld } from "~/features/dialogue/is-dialogue-held";
import { containsText } from "~/platform/db/contains-text.server";
import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import { pageOf } from "~/platform/db/page-of.server";
import { localDateInDenmark } from "~/platform/time/local-date";

/** How many leaders the overview shows at once: a director of thousands gets pages, not one list. */
export const SUBORDINATE_LEADERS_PAGE_SIZE = 50;

interface OverviewOptions {
  userId: string;
  now?: Date;
  /** Part of a name; the overview then shows only the leaders whose name contains it. */
  search?: string;
  page?: number;
}

/** The leaders who have the viewer as nearest leader (by the reporting line, or by accepting), with a cycle. */
function subordinateLeaders(db: Executor, options: OverviewOptions) {
  const search = options.search?.trim() ?? "";
  let query = db
    .selectFrom("users")
    .innerJoin("cycles", (join) =>
      join.onRef("cycles.user_id", "=", "users.id").on("cycles.status", "=", "active"),
    )
    .where((eb) =>
      eb.or([
        eb("users.nearest_leader_id", "=", options.userId),
        eb("users.accepted_nearest_leader_id", "=", options.userId),
      ]),
    );
  if (search) query = query.where((eb) => containsText(eb.ref("users.name"), search));
  return query;
}

/**
 * One page of the overview (`listSubordinateLeaders`) with how many leaders there are in all:
 * counted and limited in the query, so the page is the same size for five leaders and for 5,000.
 */
export async function subordinateLeadersPage(db: Executor, options: OverviewOptions) {
  const counted = await subordinateLeaders(db, options)
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .executeTakeFirst();
  const total = toCount(counted?.count);
  const { page, pageCount } = pageOf(total, options.page, SUBORDINATE_LEADERS_PAGE_SIZE);
  const leaders = total === 0 ? [] : await listSubordinateLeaders(db, { ...options, page });
  return { leaders, total, page, pageCount };
}

export interface SubordinateLeaderState {
  id: string;
  name: string;
  /** The latest dialogue that was held (opened), and the next one planned: dates and ids only. */
  lastDialogue: { id: string; startsOn: string; startsAt: string } | null;
  nextDialogue: { id: string; startsOn: string; startsAt: string } | null;
  /** Agreements made with this nearest leader and still in progress: a number, never their text. */
  openAgreements: number;
  /**
   * The reporting line names the viewer, but the leader's dialogues are held with the nearest leader
   * who accepted her invitation: the viewer sees no dates or counts until she invites them.
   */
  isDialogueElsewhere: boolean;
}

/** Whether anyone has this person as nearest leader (by the reporting line or an accepted invitation). */
export async function isNearestLeaderOfAnyone(db: Executor, userId: string): Promise<boolean> {
  const subordinate = await db
    .selectFrom("users")
    .select("id")
    .where((eb) =>
      eb.or([eb("nearest_leader_id", "=", userId), eb("accepted_nearest_leader_id", "=", userId)]),
    )
    .executeTakeFirst();
  return subordinate !== undefined;
}

/**
 * For a leader of leaders: each leader who has them as nearest leader (by the reporting line, or
 * because they accepted her invitation), with the state of their current cycle, one page in name
 * order (`page`, 50 a page; issue 16). Dates and counts
 * only, and only to the nearest leader who holds her dialogues: an import that names someone else
 * shows them the leader's name and nothing more (decision 029). The leaders' own texts stay theirs.
 */
export async function listSubordinateLeaders(
  db: Executor,
  options: OverviewOptions,
): Promise<SubordinateLeaderState[]> {
  const now = options.now ?? new Date();
  const today = localDateInDenmark(now);
  const leaders = await subordinateLeaders(db, options)
    .select(["users.id", "users.name", "users.accepted_nearest_leader_id", "cycles.id as cycle_id"])
    .orderBy("users.name")
    .orderBy("users.id")
    .limit(SUBORDINATE_LEADERS_PAGE_SIZE)
    .offset((Math.max(1, Math.trunc(options.page ?? 1) || 1) - 1) * SUBORDINATE_LEADERS_PAGE_SIZE)
    .execute();
  if (leaders.length === 0) return [];
  const held = leaders.filter((leader) => leader.accepted_nearest_leader_id === options.userId);
  const cycleIds = held.map((leader) => leader.cycle_id);
  if (cycleIds.length === 0) return leaders.map((leader) => withoutDialogues(leader));
  // Three queries for all the leaders together, not three per leader: the page stays as fast with
  // fifty leaders as with five.
  const [dialogues, openCounts] = await Promise.all([
    db
      .selectFrom("dialogues")
      .select(["id", "cycle_id", "starts_on", "starts_at", "status"])
      .where("cycle_id", "in", cycleIds)
      .where("nearest_leader_id", "=", options.userId)
      .where("status", "!=", "cancelled")
      .execute(),
    db
      .selectFrom("agreements")
      .select(["cycle_id", (eb) => eb.fn.countAll().as("count")])
      .where("cycle_id", "in", cycleIds)
      .where("kind", "=", "leader")
      .where("status", "=", "active")
      // Exactly what he sees in the meeting view (canSeeAgreement): those made with him in a
      // dialogue, and, while she shares section 3, those she wrote there. Counting only the first
      // kind said "0" beside two agreements he could see (issue 15, item 4).
      .where((eb) =>
        eb.or([
          eb(
            "dialogue_id",
            "in",
            eb.selectFrom("dialogues").select("id").where("nearest_leader_id", "=", options.userId),
          ),
          eb(
            "cycle_id",
            "in",
            eb
              .selectFrom("kontrakt_shares")
              .select("cycle_id")
              .where("cycle_id", "in", cycleIds)
              .where("part", "=", "agreementsWithLeader"),
          ),
        ]),
      )
      .groupBy("cycle_id")
      .execute(),
  ]);
  const countByCycle = new Map(openCounts.map((row) => [row.cycle_id, toCount(row.count)]));
  const when = (row: { starts_on: string; starts_at: string }) => `${row.starts_on} ${row.starts_at}`;
  const toView = (row: (typeof dialogues)[number] | undefined) =>
    row ? { id: row.id, startsOn: row.starts_on, startsAt: row.starts_at } : null;
  return leaders.map((leader) => {
    if (leader.accepted_nearest_leader_id !== options.userId) return withoutDialogues(leader);
    const own = dialogues.filter((row) => row.cycle_id === leader.cycle_id);
    // The latest one held, and the first one planned from today.
    const held = own.filter((row) => isDialogueHeld(row, now)).sort((a, b) => when(b).localeCompare(when(a)));
    const planned = own
      .filter((row) => !isDialogueHeld(row, now) && row.starts_on >= today)
      .sort((a, b) => when(a).localeCompare(when(b)));
    return {
      id: leader.id,
      name: leader.name,
      lastDialogue: toView(held[0]),
      nextDialogue: toView(planned[0]),
      openAgreements: countByCycle.get(leader.cycle_id) ?? 0,
      isDialogueElsewhere: false,
    };
  });
}

function withoutDialogues(leader: {
  id: string;
  name: string;
  accepted_nearest_leader_id: string | null;
}): SubordinateLeaderState {
  return {
    id: leader.id,
    name: leader.name,
    lastDialogue: null,
    nextDialogue: null,
    openAgreements: 0,
    isDialogueElsewhere: leader.accepted_nearest_leader_id !== null,
  };
}
