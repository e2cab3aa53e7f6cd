import { Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

export interface UnitTreeItem {
  id: string;
  parentId: string | null;
  name: string;
  peopleCount: number;
}

/**
 * The units as nested lists, so a screen reader announces each level as the eye sees the indent.
 * `units` come depth first (listUnits), which keeps siblings in order here.
 */
export function UnitTreeList({
  units,
  parentId = null,
}: {
  units: UnitTreeItem[];
  parentId?: string | null;
}) {
  const { t } = useTranslation();
  const ids = new Set(units.map((unit) => unit.id));
  const level = units.filter((unit) =>
    parentId === null ? unit.parentId === null || !ids.has(unit.parentId) : unit.parentId === parentId,
  );
  if (level.length === 0) return null;
  return (
    <ul className="unit-tree">
      {level.map((unit) => (
        <li key={unit.id}>
          <Link to={`/admin/enheder/${unit.id}`}>{unit.name}</Link>
          <span className="unit-tree__count"> · {t("admin.units.people", { count: unit.peopleCount })}</span>
          <UnitTreeList units={units} parentId={unit.id} />
        </li>
      ))}
    </ul>
  );
}
