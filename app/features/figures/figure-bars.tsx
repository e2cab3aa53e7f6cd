import { useTranslation } from "~/i18n/translation";
import { FIGURE_ROWS, type FiguresView, figureText } from "./figure-rows";

/**
 * The counts drawn as bars, out of those who started. A bar is drawn only for a number; a range is
 * written as its text and drawn as nothing, so no bar's length gives away a count the table hides.
 * Widths are SVG attributes, not inline styles, which the Content-Security-Policy refuses. Each
 * row's label and value are text, so the chart reads the same without the picture.
 */
export function FigureBars({ figures }: { figures: FiguresView }) {
  const { t } = useTranslation();
  const started = "value" in figures.started ? figures.started.value : 0;
  if (started === 0) return null;
  return (
    <figure className="bars">
      <figcaption className="bars__caption">{t("figureRanges.chartCaption")}</figcaption>
      <ul className="bars__list">
        {FIGURE_ROWS.filter((row) => row.isCount).map((row) => {
          const figure = row.pick(figures);
          return (
            <li key={row.key} className="bars__row">
              <span className="bars__label">{t(row.label)}</span>
              {"value" in figure ? (
                <svg
                  className="bars__track"
                  viewBox="0 0 100 4"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect className="bars__background" width="100" height="4" />
                  <rect className="bars__bar" width={Math.round((figure.value / started) * 100)} height="4" />
                </svg>
              ) : null}
              <span className={"value" in figure ? "bars__value" : "bars__value bars__value--range"}>
                {figureText(t, figure)}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
