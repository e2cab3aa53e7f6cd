import { Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

/** "Øverste niveau › Social og Sundhed › Hjemmeplejen": the way back up from the level shown. */
export function UnitTrail({ ancestors }: { ancestors: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const current = ancestors.at(-1);
  return (
    <nav aria-label={t("admin.units.trail")} className="unit-trail">
      <ol>
        <li>
          <Link to="/admin/enheder">{t("admin.units.topLevel")}</Link>
        </li>
        {ancestors.map((unit) => (
          <li key={unit.id}>
            {unit === current ? (
              <span aria-current="location">{unit.name}</span>
            ) : (
              <Link to={`/admin/enheder?under=${unit.id}`}>{unit.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
