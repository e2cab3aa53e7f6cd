import { href, Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

/**
 * "Øverste niveau › Social og Sundhed › Hjemmeplejen": the way back up from the level shown.
 * `hrefFor` says where a step leads (null: the top level); by default the units page.
 */
export function UnitTrail({
  ancestors,
  hrefFor = (unitId) =>
    unitId === null ? href("/admin/enheder") : `${href("/admin/enheder")}?under=${unitId}`,
}: {
  ancestors: { id: string; name: string }[];
  hrefFor?: (unitId: string | null) => string;
}) {
  const { t } = useTranslation();
  const current = ancestors.at(-1);
  return (
    <nav aria-label={t("admin.units.trail")} className="unit-trail">
      <ol>
        <li>
          <Link to={hrefFor(null)}>{t("admin.units.topLevel")}</Link>
        </li>
        {ancestors.map((unit) => (
          <li key={unit.id}>
            {unit === current ? (
              <span aria-current="location">{unit.name}</span>
            ) : (
              <Link to={hrefFor(unit.id)}>{unit.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
