import { chooseUnit } from "~/features/organisation/choose-unit.server";
import { listRollouts } from "~/features/rollout/list-rollouts.server";
import type { Executor } from "~/platform/db/database.server";

/**
 * The roll-out page: the unit choice (a level of the tree or a search, a page at a time; never a
 * list of every unit, issue 16) and the latest roll-outs.
 */
export async function loadRolloutPage(
  db: Executor,
  options: { organisationId: string; params: URLSearchParams },
) {
  const [choice, rollouts] = await Promise.all([
    chooseUnit(db, options.organisationId, options.params),
    listRollouts(db, options.organisationId),
  ]);
  return { choice, rollouts };
}
