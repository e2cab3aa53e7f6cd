import { localDateInDenmark } from "~/time/local-date";
import type { Executor } from "../db/database";
import { subtreeIds } from "../organisations/unit-tree";
import { aggregateFigures, quarterOf } from "./aggregate-figures";
import { rememberFigures } from "./figures-cache";
import { loadCycleFacts } from "./load-cycle-facts";
import { MAX_LISTED_UNITS, unitChoices } from "./unit-choices";

/** Who may see the anonymous figures (the seed's HR, top management and MED/AMO roles). */
export const FIGURE_ROLES = ["hr", "top_management", "med"] as const;

const QUARTER = /^\d{4}-K[1-4]$/;

/**
 * The figures for the filters in a URL (`enhed`, `fra`, `til`, `rolle`), with the choices to offer.
 * Unknown or malformed values fall back to "all": a filter can only ever narrow to whole cells.
 */
export async function figuresForRequest(db: Executor, options: { organisationId: string; url: URL }) {
  const { facts, units, firstQuarter } = await rememberFigures(db, `source|${options.organisationId}`, () =>
    loadFigureSource(db, options.organisationId),
  );
  const current = quarterOf(localDateInDenmark());
  // Quarters compare as text ("2026-K4" < "2027-K1").
  const first = firstQuarter !== null && firstQuarter < current ? firstQuarter : current;
  const quarters = quartersBetween(first, current);
  const params = options.url.searchParams;
  const unit = units.find((item) => item.id === params.get("enhed"));
  const from = QUARTER.test(params.get("fra") ?? "") ? (params.get("fra") as string) : first;
  const to = QUARTER.test(params.get("til") ?? "") ? (params.get("til") as string) : current;
  const role = params.get("rolle");
  const [fromQuarter = first, toQuarter = current] = [from, to].sort();
  const leadersOfLeaders = role === "ledere-af-ledere" ? true : role === "ledere" ? false : null;
  // One computation per organisation and filter (whole units, quarters and a role) in a while.
  const figuresKey = [
    options.organisationId,
    unit?.id ?? "",
    fromQuarter,
    toQuarter,
    String(leadersOfLeaders),
  ].join("|");
  const figures = await rememberFigures(db, `figures|${figuresKey}`, async () =>
    aggregateFigures(facts, {
      unitIds: unit ? subtreeIds(units, unit.id) : null,
      fromQuarter,
      toQuarter,
      leadersOfLeaders,
    }),
  );
  return {
    figures,
    choices: {
      // Only what the filter shows: the page carries no more of the tree than it offers.
      units: unitChoices(units, unit).map(({ id, path }) => ({ id, path })),
      quarters,
      unitsByLevel: units.length > MAX_LISTED_UNITS,
    },
    selected: {
      unitId: unit?.id ?? "",
      /** The chosen unit's path ("Social og Sundhed / Hjemmeplejen"), for the CSV; "" for all. */
      unitPath: unit?.path ?? "",
      from: fromQuarter,
      to: toQuarter,
      role: role ?? "",
    },
  };
}

/**
 * What the figures are computed from, remembered per organisation for a minute (figures-cache.ts):
 * every cycle's facts, the unit tree, and the earliest quarter any cycle started in.
 */
async function loadFigureSource(db: Executor, organisationId: string) {
  const [facts, units] = await Promise.all([
    loadCycleFacts(db, organisationId),
    db
      .selectFrom("units")
      .select(["id", "parent_id as parentId", "name", "path"])
      .where("organisation_id", "=", organisationId)
      .orderBy("path")
      .execute(),
  ]);
  let firstQuarter: string | null = null;
  for (const fact of facts)
    if (firstQuarter === null || fact.quarter < firstQuarter) firstQuarter = fact.quarter;
  return { facts, units, firstQuarter };
}

function quartersBetween(from: string, to: string): string[] {
  const result: string[] = [];
  let [year, quarter] = from.split("-K").map(Number) as [number, number];
  for (let guard = 0; guard < 400; guard++) {
    const label = `${year}-K${quarter}`;
    result.push(label);
    if (label >= to) break;
    quarter = quarter === 4 ? 1 : quarter + 1;
    if (quarter === 1) year++;
  }
  return result;
}
