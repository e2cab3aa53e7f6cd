import type { TFunction } from "i18next";

type Figure = { value: number } | { isSuppressed: true };
export interface FiguresView {
  started: Figure;
  counts: Record<"finishedStep1" | "wroteKontrakt" | "heldDialogue" | "heldFollowUp", Figure>;
  keptShare: Figure;
}

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

/** A figure as shown: a number, a percentage, or "fewer than five" when suppressed. */
export function figureText(t: TFunction, figure: Figure, isShare = false): string {
  if (!("value" in figure)) return t("figures.suppressed");
  return isShare ? `${Math.round(figure.value * 100)} %` : String(figure.value);
}
