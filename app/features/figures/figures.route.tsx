import { Form, href, Link } from "react-router";
import { FigureBars } from "~/features/figures/figure-bars";
import { FIGURE_ROLE_FILTERS, FIGURE_ROWS, figureText } from "~/features/figures/figure-rows";
import { figuresForRequest } from "~/features/figures/figures-for-request.server";
import { FilterSelect } from "~/features/figures/filter-select";
import { chooseUnit } from "~/features/organisation/choose-unit.server";
import { UnitPicker } from "~/features/organisation/unit-picker";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/figures.route";

export const handle: TextsHandle = { texts: ["figures", "admin"] };

/**
 * Anonymous figures for HR, top management and MED/AMO, never names or text: a count only when at
 * least five did it and five did not, otherwise the range it is in (decision 028).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.figures);
  const url = new URL(request.url);
  const [{ figures, ...rest }, unitChoice] = await Promise.all([
    figuresForRequest(db, { organisationId: user.organisation_id, url }),
    // The unit filter: a level of the tree or a search, a page at a time (issue 16).
    chooseUnit(db, user.organisation_id, url.searchParams),
  ]);
  // How many small groups a filter left out is not handed over: per unit and quarter it told whether
  // one named leader had started (found by the attack review of issue 13).
  const { leftOutCells: _leftOutCells, ...shown } = figures;
  return { ...rest, unitChoice, figures: shown, query: url.search };
}

export default function Figures({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { figures, choices, selected } = loaderData;
  const isPicking = (query: string) => {
    const params = new URLSearchParams(query);
    return params.has("q") || params.has("under") || params.has("side");
  };
  const withoutUnit = (query: string) => {
    const params = new URLSearchParams(query);
    for (const name of ["enhed", "q", "under", "side"]) params.delete(name);
    return params.toString();
  };
  return (
    <>
      <PageTitle title={t("figures.title")} />
      <h1>{t("figures.title")}</h1>
      <p className="lead">{t("figures.intro")}</p>
      <p>{t("figureRanges.rule")}</p>
      <section aria-labelledby="figures-unit-title" className="panel">
        <h2 id="figures-unit-title">{t("figures.unit")}</h2>
        <p>
          {t("figures.showingFor")} <strong>{selected.unitPath || t("figures.wholeOrganisation")}</strong>
          {selected.unitId ? (
            <>
              {" · "}
              <Link to={`?${withoutUnit(loaderData.query)}`}>{t("figures.showWholeOrganisation")}</Link>
            </>
          ) : null}
        </p>
        <details className="unit-picker-toggle" open={isPicking(loaderData.query)}>
          <summary>{t("figures.chooseUnit")}</summary>
          <UnitPicker choice={loaderData.unitChoice} id="figures-unit" />
        </details>
      </section>
      <Form method="get" className="panel">
        {selected.unitId ? <input type="hidden" name="enhed" value={selected.unitId} /> : null}
        <FilterSelect
          name="fra"
          label={t("figures.from")}
          value={selected.from}
          options={choices.quarters.map((quarter) => ({ value: quarter, label: quarter }))}
        />
        <FilterSelect
          name="til"
          label={t("figures.to")}
          value={selected.to}
          options={choices.quarters.map((quarter) => ({ value: quarter, label: quarter }))}
        />
        <FilterSelect
          name="rolle"
          label={t("figures.role")}
          value={selected.role}
          options={FIGURE_ROLE_FILTERS.map((role) => ({ value: role.value, label: t(role.label) }))}
        />
        <button type="submit" className="button button--secondary">
          {t("figures.show")}
        </button>
      </Form>

      <table className="table">
        <caption>{t("figures.caption", { from: selected.from, to: selected.to })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("figures.figure")}</th>
            <th scope="col">{t("figures.value")}</th>
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.label)}</th>
              <td>{figureText(t, row.pick(figures), !row.isCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <FigureBars figures={figures} />
      <p className="form-hint">{t("figures.suppressionNote")}</p>
      <p>
        <a href={`${href("/tal.csv")}${loaderData.query}`} download>
          {t("figures.csv")}
        </a>
      </p>
    </>
  );
}
