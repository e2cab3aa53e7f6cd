import { UNIT_CHOICE_PARAMS } from "~/features/organisation/unit-choice-params";
import type { Executor } from "~/platform/db/database.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { findUnit } from "./find-unit.server";
import { findUnitWithContext, type UnitWithContext } from "./find-unit-with-context.server";
import { listUnitLevel, type UnitLevel } from "./list-unit-level.server";

export interface UnitChoice {
  /** One page of the level looked at, or of a search's finds: never every unit (issue 16). */
  level: UnitLevel;
  under: UnitWithContext | null;
  search: string;
  chosen: { id: string; path: string } | null;
}

/**
 * What a page that lets someone choose one of the organisation's units shows (roll-out, figures):
 * the chosen unit, and one level of the tree or a search's finds, a page at a time, as on the units
 * page (decision 041). Ids that are not the organisation's are ignored, as if not given.
 */
export async function chooseUnit(
  db: Executor,
  organisationId: string,
  params: URLSearchParams,
): Promise<UnitChoice> {
  const idOf = (name: string) => {
    const value = params.get(name) ?? "";
    return isUuid(value) ? value : null;
  };
  const search = (params.get(UNIT_CHOICE_PARAMS.search) ?? "").slice(0, 200);
  const underId = idOf(UNIT_CHOICE_PARAMS.under);
  const chosenId = idOf(UNIT_CHOICE_PARAMS.chosen);
  const [under, chosen] = await Promise.all([
    underId ? findUnitWithContext(db, { organisationId, unitId: underId }) : undefined,
    chosenId ? findUnit(db, { organisationId, unitId: chosenId }) : undefined,
  ]);
  const level = await listUnitLevel(db, organisationId, {
    parentId: under?.id ?? null,
    search,
    page: Number(params.get(UNIT_CHOICE_PARAMS.page) ?? 1),
  });
  return { level, under: under ?? null, search, chosen: chosen ?? null };
}
