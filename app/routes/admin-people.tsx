import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { isUuid } from "~/.server/http/is-uuid";
import { readFormData } from "~/.server/http/read-form-data";
import { listPeople, setPersonActive } from "~/.server/organisations/list-people";
import { PageTitle } from "~/components/page-title";
import type { Route } from "./+types/admin-people";

/** Administration: the organisation's people. Accounts only — an administrator reads no content. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  return { people: await listPeople(db, user.organisation_id), selfId: user.id };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const form = await readFormData(request);
  const userId = form.get("userId");
  const intent = form.get("intent");
  if (typeof userId !== "string" || !isUuid(userId) || (intent !== "deactivate" && intent !== "activate")) {
    throw data(null, { status: 400 });
  }
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

export default function AdminPeople({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const imported = searchParams.get("importeret");
  return (
    <>
      <PageTitle title={t("admin.title")} />
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      {imported ? (
        <p className="notice" role="status">
          {t("admin.imported", { count: Number(imported) || 0 })}
        </p>
      ) : null}
      <p>
        <Link className="button button--primary" to="/admin/import">
          {t("admin.importLink")}
        </Link>
      </p>
      <p>
        <Link to="/admin/enheder">{t("admin.unitsLink")}</Link>
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
    </>
  );
}
