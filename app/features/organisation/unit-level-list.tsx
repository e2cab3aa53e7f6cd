import { href, Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

export interface UnitLevelItem {
  id: string;
  name: string;
  path: string;
  peopleCount: number;
  childCount: number;
}

/**
 * One level of the unit tree (or a search's finds, by their whole path): each unit leads to its
 * own page, to the units under it, and to its people on the administrator's list.
 */
export function UnitLevelList({ units, showPath }: { units: UnitLevelItem[]; showPath: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree">
      {units.map((unit) => (
        <li key={unit.id}>
          <Link to={href("/admin/enheder/:unitId", { unitId: unit.id })}>
            {showPath ? unit.path : unit.name}
          </Link>
          <span className="unit-tree__count"> · {t("admin.units.people", { count: unit.peopleCount })}</span>
          {unit.peopleCount > 0 ? (
            <>
              {" · "}
              <Link to={`${href("/admin")}?enhed=${unit.id}`}>
                {t("admin.units.seePeople")}
                <span className="sr-only">: {unit.path}</span>
              </Link>
            </>
          ) : null}
          {unit.childCount > 0 ? (
            <>
              {" · "}
              <Link to={`${href("/admin/enheder")}?under=${unit.id}`}>
                {t("admin.units.children", { count: unit.childCount })}
                <span className="sr-only">: {unit.path}</span>
              </Link>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
