import type { Executor } from "../db/database";
import { findUnitLeaders } from "./find-unit-leaders";

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
 * being sent right now counts as invited, as the send itself would count them.
 */
export async function previewRollout(
  db: Executor,
  options: { organisationId: string; unitId: string },
): Promise<RolloutPreview | null> {
  const found = await findUnitLeaders(db, options);
  if (!found) return null;
  // The organisation's invited leaders in one query, rather than a parameter per leader of the unit.
  const invited = new Set(
    (
      await db
        .selectFrom("rollout_recipients")
        .select("user_id")
        .where("organisation_id", "=", options.organisationId)
        .execute()
    ).map((row) => row.user_id),
  );
  const toMail = found.leaders.filter((leader) => !invited.has(leader.id));
  return {
    unitPath: found.unit.path,
    recipients: {
      names: toMail.slice(0, ROLLOUT_PREVIEW_NAMES).map((leader) => leader.name),
      more: Math.max(0, toMail.length - ROLLOUT_PREVIEW_NAMES),
      total: toMail.length,
    },
    alreadyInvited: found.leaders.length - toMail.length,
  };
}
