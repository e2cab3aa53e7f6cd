import type { TFunction } from "i18next";
import {
  FIGURE_ROLE_FILTERS,
  FIGURE_ROWS,
  type FiguresView,
  type FigureView,
  figureText,
} from "~/features/figures/figure-rows";
import type { Locale } from "~/i18n/locales";

export interface FiguresCsvFilter {
  unitPath: string;
  from: string;
  to: string;
  /** "" all leaders, "ledere" leaders of employees, "ledere-af-ledere" leaders of leaders. */
  role: string;
}

/** The label of a role filter value; an unknown one is "all leaders", as the figures take it. */
function roleLabel(role: string) {
  return (FIGURE_ROLE_FILTERS.find((filter) => filter.value === role) ?? FIGURE_ROLE_FILTERS[0]).label;
}

/**
 * The figures as CSV for Excel (semicolons, CRLF, a BOM so Excel reads UTF-8): one row per figure
 * with the filters it was made with as columns, so rows from several downloads can be put together
 * (issue 14, finding 8). A count is a number and a share a decimal fraction in the reader's
 * language ("0,5" in Danish Excel), so Excel can sum and format them; a figure shown as a range
 * ("under 5") stays that text, exactly as on the page.
 */
export function formatFiguresCsv(
  t: TFunction,
  figures: FiguresView,
  filter: FiguresCsvFilter,
  locale: Locale,
): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const unit = filter.unitPath || t("figures.wholeOrganisation");
  const role: string = t(roleLabel(filter.role));
  const filterCells: string[] = [unit, filter.from, filter.to, role];
  const heading = [
    t("figures.figure"),
    t("figures.value"),
    t("figures.unit"),
    t("figures.from"),
    t("figures.to"),
    t("figures.role"),
  ];
  const lines = [
    heading.map(quote).join(";"),
    ...FIGURE_ROWS.map((row) => {
      const figure = row.pick(figures);
      const value = csvValue(t, figure, !row.isCount, locale);
      return [quote(t(row.label)), value, ...filterCells.map(quote)].join(";");
    }),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvValue(t: TFunction, figure: FigureView, isShare: boolean, locale: Locale): string {
  if (!("value" in figure)) return `"${figureText(t, figure, isShare).replace(/"/g, '""')}"`;
  if (!isShare) return String(figure.value);
  const fraction = String(Math.round(figure.value * 1000) / 1000);
  return locale === "da" ? fraction.replace(".", ",") : fraction;
}

/** "lederdialog-tal-social-og-sundhed-hjemmeplejen-2026-K1-2026-K4.csv": what it holds, in ASCII. */
export function figuresCsvFileName(filter: FiguresCsvFilter, wholeOrganisation: string): string {
  const slug = (filter.unitPath || wholeOrganisation)
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const role = filter.role ? `-${filter.role}` : "";
  return `lederdialog-tal-${slug || "enhed"}-${filter.from}-${filter.to}${role}.csv`;
}
