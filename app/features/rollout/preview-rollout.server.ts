import { findUnit } from "~/features/organisation/find-unit.server";
import { unitLeadersQuery } from "~/features/organisation/unit-leaders-query.server";
import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";

/** How many names a roll-out's preview lists; the rest is a count ("og 12 flere"). */
export const ROLLOUT_PREVIEW_NAMES = 50;

export interface RolloutPreview {
  unitPath: string;
  recipients: { names: string[]; more: number; total: number };
  alreadyInvited: number;
}

/**
 * Who a roll-out of the unit would mail, shown before it is sent (issue 15, item 7): its active
 * leaders not invited before, the first names and how many more. A leader claimed by a roll-out
 * being sent right now counts as invited, as the send itself would count them. Counted and limited
 * in the query: a unit of 50,000 leaders costs a page of names (issue 16).
 */
export async function previewRollout(
  db: Executor,
  options: { organisationId: string; unitId: string },
): Promise<RolloutPreview | null> {
  const unit = await findUnit(db, options);
  if (!unit) return null;
  const leaders = (invited: boolean) =>
    unitLeadersQuery(db, options).where((eb) => {
      const claimed = eb.exists(
        eb
          .selectFrom("rollout_recipients")
          .select("user_id")
          .whereRef("rollout_recipients.user_id", "=", "users.id"),
      );
      return invited ? claimed : eb.not(claimed);
    });
  const countOf = async (invited: boolean) =>
    toCount(
      (
        await leaders(invited)
          .select((eb) => eb.fn.countAll<number | string>().as("count"))
          .executeTakeFirst()
      )?.count,
    );
  const [total, alreadyInvited, names] = await Promise.all([
    countOf(false),
    countOf(true),
    leaders(false)
      .select("users.name")
      .orderBy("users.name")
      .orderBy("users.id")
      .limit(ROLLOUT_PREVIEW_NAMES)
      .execute(),
  ]);
  return {
    unitPath: unit.path,
    recipients: {
      names: names.map((leader) => leader.name),
      more: Math.max(0, total - names.length),
      total,
    },
    alreadyInvited,
  };
}
