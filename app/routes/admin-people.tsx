import { data, Form, Link, redirect } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { isUuid } from "~/.server/http/is-uuid";
import { readFormData } from "~/.server/http/read-form-data";
import { listPeople, setPersonActive } from "~/.server/organisations/list-people";
import { listUnits } from "~/.server/organisations/list-units";
import { setPersonUnit } from "~/.server/organisations/set-person-unit";
import { PageTitle } from "~/components/page-title";
import { useTranslation } from "~/i18n/translation";
import type { Route } from "./+types/admin-people";

/** Administration: the organisation's people. Accounts only — an administrator reads no content. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const [people, units] = await Promise.all([
    listPeople(db, user.organisation_id),
    listUnits(db, user.organisation_id),
  ]);
  return { people, units: units.map(({ id, path }) => ({ id, path })), selfId: user.id };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const form = await readFormData(request);
  const userId = form.get("userId");
  const intent = form.get("intent");
  if (typeof userId !== "string" || !isUuid(userId)) throw data(null, { status: 400 });
  if (intent === "setUnit") {
    const unitId = form.get("unitId");
    const result = await setPersonUnit(db, {
      organisationId: user.organisation_id,
      userId,
      unitId: typeof unitId === "string" && unitId !== "" ? unitId : null,
    });
    if (result.ok) return redirect("/admin");
    if (result.error === "personNotFound") throw data(null, { status: 404 });
    return data({ unitError: { userId, error: "admin.unitUnknown" as const } }, { status: 400 });
  }
  if (intent !== "deactivate" && intent !== "activate") throw data(null, { status: 400 });
  // An administrator cannot lock themselves out.
  if (userId === user.id) throw data(null, { status: 400 });
  const isFound = await setPersonActive(db, {
    organisationId: user.organisation_id,
    userId,
    isActive: intent === "activate",
  });
  if (!isFound) throw data(null, { status: 404 });
  return redirect("/admin");
}

export default function AdminPeople({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const unitError = actionData?.unitError;
  return (
    <>
      <PageTitle title={t("admin.title")} />
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <p>
        <Link className="button button--primary" to="/admin/import">
          {t("admin.importLink")}
        </Link>{" "}
        <Link className="button button--secondary" to="/admin/log-ind">
          {t("adminSso.link")}
        </Link>
      </p>
      <p>
        <Link to="/admin/enheder">{t("admin.unitsLink")}</Link> ·{" "}
        <Link to="/admin/opbevaring">{t("retention.link")}</Link>
      </p>
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
          {loaderData.people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td>{person.email}</td>
              <td>
                <PersonUnitForm
                  person={person}
                  units={loaderData.units}
                  error={unitError?.userId === person.id ? unitError.error : undefined}
                />
              </td>
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
    </>
  );
}

/** A person's unit, changed in place; the label names the person for screen readers. */
function PersonUnitForm({
  person,
  units,
  error,
}: {
  person: { id: string; name: string; unitId: string | null };
  units: { id: string; path: string }[];
  error: "admin.unitUnknown" | undefined;
}) {
  const { t } = useTranslation();
  const selectId = `unit-${person.id}`;
  return (
    <Form method="post" className={error ? "inline-form form-group--error" : "inline-form"}>
      <input type="hidden" name="userId" value={person.id} />
      <label className="sr-only" htmlFor={selectId}>
        {t("admin.unitFor", { name: person.name })}
      </label>
      {error ? (
        <p className="form-error-message" id={`${selectId}-error`}>
          {t(error)}
        </p>
      ) : null}
      <select
        id={selectId}
        name="unitId"
        className="form-select"
        defaultValue={person.unitId ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : undefined}
      >
        <option value="">{t("admin.noUnit")}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.path}
          </option>
        ))}
      </select>
      <button type="submit" name="intent" value="setUnit" className="button button--link">
        {t("admin.saveUnit")}
        <span className="sr-only">: {person.name}</span>
      </button>
    </Form>
  );
}
