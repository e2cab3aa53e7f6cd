import { Link, useSearchParams } from "react-router";
import type { UnitChoice } from "~/features/organisation/choose-unit.server";
import { UNIT_CHOICE_PARAMS, type UnitChoiceParam } from "~/features/organisation/unit-choice-params";
import { useTranslation } from "~/i18n/translation";
import { PageLinks } from "~/ui/page-links";
import { SearchForm } from "~/ui/search-form";
import { UnitTrail } from "./unit-trail";

const CHOICE = UNIT_CHOICE_PARAMS;

/**
 * Choosing one of the organisation's units without a list of them all (issue 16): one level of the
 * tree at a time, or a search over every level, a page at a time, all as links and a GET form, so
 * it works without JavaScript. Every other parameter of the page (the figures' quarters) is kept.
 */
export function UnitPicker({ choice, id }: { choice: UnitChoice; id: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { level, under, search, chosen } = choice;
  const hrefWith = (changes: Partial<Record<UnitChoiceParam, string | null>>) => {
    const params = new URLSearchParams(searchParams);
    params.delete(CHOICE.page);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) params.delete(name);
      else params.set(name, value);
    }
    const query = params.toString();
    return query ? `?${query}` : "?";
  };
  const kept = [...searchParams].filter(
    ([name]) => name !== CHOICE.search && name !== CHOICE.page && name !== CHOICE.under,
  );
  const title = search
    ? t(level.total === 0 ? "admin.units.noneFound" : "admin.units.found", { total: level.total, search })
    : under
      ? t("admin.units.under", { path: under.path })
      : t("unitPicker.topTitle");
  return (
    <div className="unit-picker">
      <SearchForm
        id={`${id}-search`}
        label={t("admin.units.searchLabel")}
        hint={t("admin.units.searchHint")}
        button={t("admin.units.search")}
        search={search}
      >
        {kept.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
      </SearchForm>
      {!search && under ? (
        <UnitTrail
          ancestors={[...under.ancestors, { id: under.id, name: under.name }]}
          hrefFor={(unitId) => hrefWith({ under: unitId, q: null })}
        />
      ) : null}
      <h3 id={`${id}-level`}>{title}</h3>
      <p className="form-hint">{t("unitPicker.hint")}</p>
      {search ? (
        <p>
          <Link to={hrefWith({ q: null })}>{t("admin.units.clear")}</Link>
        </p>
      ) : null}
      {level.units.length > 0 ? (
        <ul className="unit-tree" aria-labelledby={`${id}-level`}>
          {level.units.map((unit) => (
            <li key={unit.id}>
              {unit.id === chosen?.id ? (
                <strong aria-current="true">
                  {search ? unit.path : unit.name}{" "}
                  <span className="unit-tree__count">({t("unitPicker.chosen")})</span>
                </strong>
              ) : (
                <Link to={hrefWith({ enhed: unit.id })}>{search ? unit.path : unit.name}</Link>
              )}
              {unit.childCount > 0 ? (
                <>
                  {" · "}
                  <Link to={hrefWith({ under: unit.id, q: null })}>
                    {t("admin.units.children", { count: unit.childCount })}
                    <span className="sr-only">: {unit.path}</span>
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : search ? null : (
        <p>{t("unitPicker.none")}</p>
      )}
      <PageLinks page={level.page} pageCount={level.pageCount} />
    </div>
  );
}
