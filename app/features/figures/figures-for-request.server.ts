import { subtreeIds } from "~/features/organisation/unit-tree.server";
import type { Executor } from "~/platform/db/database.server";
import { localDateInDenmark } from "~/platform/time/local-date";
import { aggregateFigures, quarterOf } from "./aggregate-figures.server";
import { aggregateOnce, latestFigures } from "./latest-figures.server";

const QUARTER = /^\d{4}-K[1-4]$/;

/**
 * The figures for the filters in a URL (`enhed`, `fra`, `til`, `rolle`), with the choices to offer.
 * Unknown or malformed values fall back to "all": a filter can only ever narrow to whole cells.
 */
export async function figuresForRequest(db: Executor, options: { organisationId: string; url: URL }) {
  // The last computed figures (latest-figures.server.ts): at most about a minute old, never computed
  // in a reader's request once the background refresh has run.
  const held = await latestFigures(db, options.organisationId);
  const { facts, units, firstQuarter } = held.source;
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
  // One computation per computed source and filter (whole units, quarters and a role).
  const figuresKey = [unit?.id ?? "", fromQuarter, toQuarter, String(leadersOfLeaders)].join("|");
  const figures = aggregateOnce(held, figuresKey, () =>
    aggregateFigures(facts, {
      unitIds: unit ? subtreeIds(units, unit.id) : null,
      fromQuarter,
      toQuarter,
      leadersOfLeaders,
    }),
  );
  return {
    figures,
    // The unit is chosen through the tree or a search (choose-unit.server.ts), never from a list of all.
    choices: { quarters },
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
