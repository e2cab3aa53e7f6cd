import { data, Form, href, Link, redirect } from "react-router";
import { findUnit } from "~/features/organisation/find-unit.server";
import { listPeople, PEOPLE_PAGE_SIZE, setPersonActive } from "~/features/organisation/list-people.server";
import { formatNumber } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageLinks } from "~/ui/page-links";
import { PageTitle } from "~/ui/page-title";
import { SearchForm } from "~/ui/search-form";
import type { Route } from "./+types/admin-people.route";

export const handle: TextsHandle = { texts: ["leaders", "admin", "signInSettings"] };

/**
 * Administration: the organisation's people, a page at a time and searchable (issue 16: the whole
 * list with a unit list per person took the server down at 100,000). Accounts only — an
 * administrator reads no content.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const query = new URL(request.url).searchParams;
  const search = (query.get("q") ?? "").slice(0, 200);
  const unitParam = query.get("enhed") ?? "";
  const unit = isUuid(unitParam)
    ? await findUnit(db, { organisationId: user.organisation_id, unitId: unitParam })
    : undefined;
  const list = await listPeople(db, user.organisation_id, {
    search,
    unitId: unit?.id,
    page: Number(query.get("side") ?? 1),
  });
  return { ...list, search, unit: unit ?? null, pageSize: PEOPLE_PAGE_SIZE, selfId: user.id };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const form = await readFormData(request);
  const userId = form.get("userId");
  const intent = form.get("intent");
  if (typeof userId !== "string" || !isUuid(userId)) throw data(null, { status: 400 });
  if (intent !== "deactivate" && intent !== "activate") throw data(null, { status: 400 });
  // An administrator cannot lock themselves out.
  if (userId === user.id) throw data(null, { status: 400 });
  const isFound = await setPersonActive(db, {
    organisationId: user.organisation_id,
    userId,
    isActive: intent === "activate",
  });
  if (!isFound) throw data(null, { status: 404 });
  return redirect(href("/admin"));
}

export default function AdminPeople({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { people, total, page, pageCount, pageSize, search, unit } = loaderData;
  const count = (value: number) => formatNumber(value, locale);
  const from = count(total === 0 ? 0 : (page - 1) * pageSize + 1);
  const to = count((page - 1) * pageSize + people.length);
  const all = count(total);
  return (
    <>
      <PageTitle title={t("admin.title")} />
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <p>
        <Link className="button button--primary" to={href("/admin/import")}>
          {t("admin.importLink")}
        </Link>{" "}
        <Link className="button button--secondary" to={href("/admin/log-ind")}>
          {t("adminSso.link")}
        </Link>
      </p>
      <p>
        <Link to={href("/admin/enheder")}>{t("admin.unitsLink")}</Link> ·{" "}
        <Link to={href("/admin/opbevaring")}>{t("retention.link")}</Link>
      </p>
      <SearchForm
        id="people-search"
        label={t("admin.list.searchLabel")}
        hint={t("admin.list.searchHint")}
        button={t("admin.list.search")}
        search={search}
      >
        {unit ? <input type="hidden" name="enhed" value={unit.id} /> : null}
      </SearchForm>
      {unit ? (
        <p>
          {t("admin.list.inUnit", { unit: unit.path })}{" "}
          <Link to={search ? `?q=${encodeURIComponent(search)}` : href("/admin")}>
            {t("admin.list.allUnits")}
          </Link>
        </p>
      ) : null}
      <p>
        {total === 0
          ? t("admin.list.none")
          : search
            ? t("admin.list.showingSearch", { from, to, total: all, search })
            : t("admin.list.showing", { from, to, total: all })}
        {search ? (
          <>
            {" "}
            <Link to={unit ? `?enhed=${unit.id}` : href("/admin")}>{t("admin.list.clear")}</Link>
          </>
        ) : null}
      </p>
      {/* Focusable, so the table can be scrolled sideways from the keyboard on a phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-label={t("admin.caption")}>
        <table className="table">
          <caption className="sr-only">{t("admin.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.unit")}</th>
              <th scope="col">{t("admin.nearestLeader")}</th>
              <th scope="col">{t("admin.roles")}</th>
              <th scope="col">{t("admin.status")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link to={href("/admin/personer/:userId", { userId: person.id })}>
                    {person.name}
                    <span className="sr-only"> – {t("admin.person.edit")}</span>
                  </Link>
                </th>
                <td>{person.email}</td>
                <td>{person.unitPath ?? "–"}</td>
                <td>{person.nearestLeaderName ?? "–"}</td>
                <td>{person.roles.map((role) => t(`admin.role.${role}`)).join(", ") || "–"}</td>
                <td>
                  {person.isActive ? t("admin.active") : t("admin.inactive")}
                  {person.id !== loaderData.selfId ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="userId" value={person.id} />
                      <button
                        type="submit"
                        name="intent"
                        value={person.isActive ? "deactivate" : "activate"}
                        className="button button--link"
                      >
                        {person.isActive ? t("admin.deactivate") : t("admin.activate")}
                        <span className="sr-only">: {person.name}</span>
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <PageLinks page={page} pageCount={pageCount} />
    </>
  );
}
