import type { ExpectationSide } from "~/content/tool-types";
import { useTranslation } from "~/i18n/translation";

const SIDE_COUNT = 6;

/**
 * The "hele vejen rundt" figure: the leader in the middle, the six sides around. A small SVG whose
 * labels are real text, with a text alternative that names every side.
 */
export function WholeWayRoundFigure({ sides }: { sides: { id: ExpectationSide; label: string }[] }) {
  const { t } = useTranslation();
  const description = t("prepare.wholeWayFigure", { sides: sides.map((side) => side.label).join(", ") });
  return (
    <figure className="whole-way">
      <svg viewBox="0 0 320 240" role="img" aria-labelledby="whole-way-title" className="whole-way__svg">
        <title id="whole-way-title">{description}</title>
        <circle cx="160" cy="120" r="44" className="whole-way__centre" />
        <text x="160" y="124" textAnchor="middle" className="whole-way__centre-label">
          {t("prepare.wholeWayCentre")}
        </text>
        {sides.slice(0, SIDE_COUNT).map((side, index) => {
          const angle = (index / SIDE_COUNT) * 2 * Math.PI - Math.PI / 2;
          const x = 160 + Math.cos(angle) * 112;
          const y = 120 + Math.sin(angle) * 88;
          return (
            <g key={side.id}>
              <line
                x1={160 + Math.cos(angle) * 46}
                y1={120 + Math.sin(angle) * 46}
                x2={x}
                y2={y}
                className="whole-way__line"
              />
              <text x={x} y={y + (y < 120 ? -6 : 14)} textAnchor="middle" className="whole-way__label">
                {side.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
