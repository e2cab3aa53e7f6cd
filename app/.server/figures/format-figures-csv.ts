import type { TFunction } from "i18next";
import { FIGURE_ROWS, type FiguresView, figureText } from "~/components/figures/figure-rows";

/**
 * The figures as CSV for Excel (semicolons, CRLF, a BOM so Excel reads UTF-8): one row per figure,
 * with the same text the page shows in the value column — a number, or the range it is shown as.
 */
export function formatFiguresCsv(
  t: TFunction,
  figures: FiguresView,
  selected: { from: string; to: string },
): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = [
    [t("figures.figure"), t("figures.value"), t("figures.from"), t("figures.to")].map(quote).join(";"),
    ...FIGURE_ROWS.map((row) =>
      [t(row.label), figureText(t, row.pick(figures), !row.isCount), selected.from, selected.to]
        .map(quote)
        .join(";"),
    ),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
