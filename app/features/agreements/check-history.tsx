import { useTranslation } from "~/i18n/translation";

export interface CheckPeriod {
  date: string;
  /** true kept, false not kept, null no answer. */
  isKept: boolean | null;
}

const CELL = 18;
const GAP = 4;

/**
 * The tick-off history as a small strip of squares (kept, not kept, no answer), oldest to newest.
 * Colour is never the only signal: the shapes differ and a sentence says the same.
 */
export function CheckHistory({ periods }: { periods: CheckPeriod[] }) {
  const { t } = useTranslation();
  const kept = periods.filter((p) => p.isKept === true).length;
  const missed = periods.filter((p) => p.isKept === false).length;
  const summary = t("checks.historyFigure", {
    count: periods.length,
    kept,
    missed,
    unknown: periods.length - kept - missed,
  });
  return (
    <figure className="check-history">
      <svg
        viewBox={`0 0 ${periods.length * (CELL + GAP)} ${CELL}`}
        width={periods.length * (CELL + GAP)}
        height={CELL}
        // The caption below says the same in words; the picture is not read out twice.
        aria-hidden="true"
      >
        {periods.map((period, index) => {
          const x = index * (CELL + GAP);
          if (period.isKept === true)
            return (
              <rect
                key={period.date}
                x={x}
                y={0}
                width={CELL}
                height={CELL}
                rx={3}
                className="check-history__kept"
              />
            );
          if (period.isKept === false)
            return (
              <path
                key={period.date}
                d={`M${x + 3} 3 L${x + CELL - 3} ${CELL - 3} M${x + CELL - 3} 3 L${x + 3} ${CELL - 3}`}
                className="check-history__missed"
              />
            );
          return (
            <rect
              key={period.date}
              x={x + 1}
              y={1}
              width={CELL - 2}
              height={CELL - 2}
              rx={3}
              className="check-history__unknown"
            />
          );
        })}
      </svg>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
