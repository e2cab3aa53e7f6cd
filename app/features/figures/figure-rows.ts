import type { TFunction } from "i18next";

/** A figure as the server hands it over (app/features/figures/aggregate-figures.server.ts). */
export type FigureView =
  | { value: number }
  | { range: "under" | "allButUnder" | "groupTooSmall" }
  | { range: "between"; upTo: number }
  | { isSuppressed: true };
export interface FiguresView {
  started: FigureView;
  counts: Record<"finishedStep1" | "wroteKontrakt" | "heldDialogue" | "heldFollowUp", FigureView>;
  keptShare: { value: number } | { isSuppressed: true };
}

/** The role filter's values (`?rolle=`) and their labels, for the page's choice and the CSV's column. */
export const FIGURE_ROLE_FILTERS = [
  { value: "", label: "figures.allLeaders" },
  { value: "ledere", label: "figures.leadersOfEmployees" },
  { value: "ledere-af-ledere", label: "figures.leadersOfLeaders" },
] as const;

/** The rows of the figures table and its CSV, in order. */
export const FIGURE_ROWS = [
  { key: "started", label: "figures.started", isCount: true, pick: (f: FiguresView) => f.started },
  {
    key: "finishedStep1",
    label: "figures.finishedStep1",
    isCount: true,
    pick: (f: FiguresView) => f.counts.finishedStep1,
  },
  {
    key: "wroteKontrakt",
    label: "figures.wroteKontrakt",
    isCount: true,
    pick: (f: FiguresView) => f.counts.wroteKontrakt,
  },
  {
    key: "heldDialogue",
    label: "figures.heldDialogue",
    isCount: true,
    pick: (f: FiguresView) => f.counts.heldDialogue,
  },
  {
    key: "heldFollowUp",
    label: "figures.heldFollowUp",
    isCount: true,
    pick: (f: FiguresView) => f.counts.heldFollowUp,
  },
  { key: "keptShare", label: "figures.keptShare", isCount: false, pick: (f: FiguresView) => f.keptShare },
] as const;

/**
 * A figure as shown on the page, in the chart and in the CSV: a number, a percentage, or the range
 * it is shown as ("under 5", "alle på nær under 5", …) when the number would single anyone out.
 */
export function figureText(t: TFunction, figure: FigureView, isShare = false): string {
  if ("value" in figure) return isShare ? `${Math.round(figure.value * 100)} %` : String(figure.value);
  if ("isSuppressed" in figure) return t(isShare ? "figureRanges.shareNotShown" : "figures.suppressed");
  switch (figure.range) {
    case "under":
      return t("figureRanges.under");
    case "allButUnder":
      return t("figureRanges.allButUnder");
    case "between":
      return t("figureRanges.between", { upTo: figure.upTo });
    case "groupTooSmall":
      return t("figureRanges.groupTooSmall");
  }
}
