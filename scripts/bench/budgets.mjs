// Issue 16's budgets, judged in the bench's own run (never in a test): each as the measured figure,
// its ratio where the budget is one, and met or missed. The floor is (g), the privacy page without a
// session: what any page costs through React Router, React and the layout, in the same run.

/** The signed-in pages that must reach 85 % of the floor, by their keys in the bench's targets. */
const SIGNED_IN_PAGES = ["c", "e", "f", "admin", "units", "rollout", "home", "import"];

function verdict(isMet) {
  return isMet ? "**met**" : "missed";
}

function percent(value, base) {
  return `${((value / base) * 100).toFixed(0)} %`;
}

/** Rows of { engine, budget, measured, verdict } for one engine's run. */
export function judgeBudgets(run) {
  const results = run.results;
  const floor = results.g;
  const rows = [];
  const add = (budget, measured, isMet) =>
    rows.push({ engine: run.engine, budget, measured, verdict: verdict(isMet) });
  if (floor?.rps) {
    for (const key of SIGNED_IN_PAGES) {
      const page = results[key];
      if (!page) continue;
      add(
        `${page.name} ≥ 85 % of (g)`,
        `${page.rps} req/s, ${percent(page.rps, floor.rps)} of ${floor.rps}`,
        page.rps >= 0.85 * floor.rps,
      );
    }
    if (results.d) {
      add(
        "(d) autosave ≥ 2× (g)",
        `${(results.d.rps / floor.rps).toFixed(2)}× (${results.d.rps} req/s)`,
        results.d.rps >= 2 * floor.rps,
      );
    }
  }
  for (const [key, connections, limit] of [
    ["e", 50, 300],
    ["f", 50, 300],
    ["e10", 10, 100],
    ["f10", 10, 100],
  ]) {
    const result = results[key];
    // A run that answered nothing has no p99 to meet.
    if (result) {
      add(
        `${result.name}: p99 < ${limit} ms at ${connections} connections`,
        `${result.p99} ms`,
        result.rps > 0 && result.non2xx === 0 && result.p99 < limit,
      );
    }
  }
  if (results.f) {
    add(
      "(f) first figures request after the start < 500 ms",
      `${results.f.firstMs} ms`,
      results.f.firstMs < 500,
    );
  }
  if (run.peakRssBeforeImportMb !== undefined) {
    add(
      "server's peak RSS < 200 MB, the pages (before the import previews)",
      `${run.peakRssBeforeImportMb} MB`,
      run.peakRssBeforeImportMb < 200,
    );
  }
  if (run.peakRssMb !== undefined) {
    add(
      "server's peak RSS < 200 MB, whole run (import previews at 50 connections included)",
      `${run.peakRssMb} MB`,
      run.peakRssMb < 200,
    );
  }
  return rows;
}

export function budgetTable(runs) {
  const lines = ["| engine | budget (issue 16) | measured | |", "| --- | --- | --- | --- |"];
  for (const run of runs) {
    for (const row of judgeBudgets(run))
      lines.push(`| ${row.engine} | ${row.budget} | ${row.measured} | ${row.verdict} |`);
  }
  return lines.join("\n");
}
