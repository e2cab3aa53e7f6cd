import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, redirect } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { isUuid } from "~/.server/http/is-uuid";
import { readFormData } from "~/.server/http/read-form-data";
import { deleteUnit } from "~/.server/organisations/delete-unit";
import { listUnits } from "~/.server/organisations/list-units";
import { subtreeIds } from "~/.server/organisations/unit-tree";
import { updateUnit } from "~/.server/organisations/update-unit";
import { ErrorSummary } from "~/components/form/error-summary";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { UnitFormFields } from "~/components/units/unit-form-fields";
import { useTranslation } from "~/i18n/translation";
import { UNIT_FIELD_ORDER, unitSchema } from "~/schemas/unit";
import type { Route } from "./+types/admin-unit";

// One unit: rename and move it in one form (the path of everything below follows), or delete it
// when it is empty. Another organisation's unit is a 404, like any id that is not the admin's.

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  if (!isUuid(params.unitId)) throw data(null, { status: 404 });
  const units = await listUnits(db, user.organisation_id);
  const unit = units.find((candidate) => candidate.id === params.unitId);
  if (!unit) throw data(null, { status: 404 });
  // The unit itself and those below it are no place to move it to; the server refuses them anyway.
  const below = subtreeIds(units, unit.id);
  return { unit, parents: units.filter((candidate) => !below.has(candidate.id)) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  if (!isUuid(params.unitId)) throw data(null, { status: 404 });
  const form = await readFormData(request);
  const target = { organisationId: user.organisation_id, unitId: params.unitId };
  if (form.get("intent") === "delete") {
    const result = await deleteUnit(db, target);
    if (result.ok) return redirect("/admin/enheder?slettet=1");
    if (result.error === "notFound") throw data(null, { status: 404 });
    return data({ deleteError: `admin.units.error.${result.error}` as const }, { status: 409 });
  }
  const submission = parseWithZod(form, { schema: unitSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateUnit(db, {
    ...target,
    name: submission.value.name,
    parentId: submission.value.parentId ?? null,
  });
  if (result.ok) return redirect(`/admin/enheder?gemt=${params.unitId}`);
  if (result.error === "notFound") throw data(null, { status: 404 });
  const reply =
    result.error === "pathTaken"
      ? submission.reply({ fieldErrors: { name: ["admin.units.error.pathTaken"] } })
      : submission.reply({ fieldErrors: { parentId: [`admin.units.error.${result.error}`] } });
  return data({ result: reply }, { status: result.error === "pathTaken" ? 409 : 400 });
}

export default function AdminUnit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { unit, parents } = loaderData;
  const [form, fields] = useValidatedForm(
    unitSchema,
    actionData && "result" in actionData ? actionData.result : undefined,
    { id: "edit-unit", defaultValue: { name: unit.name, parentId: unit.parentId ?? "" } },
  );
  const deleteError = actionData && "deleteError" in actionData ? actionData.deleteError : undefined;
  return (
    <div className="narrow">
      <PageTitle title={t("admin.units.editTitle", { name: unit.name })} />
      <p>
        <Link to="/admin/enheder">{t("admin.units.back")}</Link>
      </p>
      <h1>{t("admin.units.editTitle", { name: unit.name })}</h1>
      <p className="lead">{unit.path}</p>
      <p>{t("admin.units.editIntro")}</p>
      <ErrorSummary form={form} fieldOrder={[...UNIT_FIELD_ORDER]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <UnitFormFields fields={fields} parents={parents} />
        <button type="submit" name="intent" value="save" className="button button--primary">
          {t("admin.units.save")}
        </button>
      </Form>

      <section aria-labelledby="delete-unit-title">
        <h2 id="delete-unit-title">{t("admin.units.deleteTitle")}</h2>
        {deleteError ? (
          <p className="notice notice--warning" role="alert">
            {t(deleteError)}
          </p>
        ) : null}
        {unit.peopleCount > 0 ? (
          <p>{t("admin.units.cannotDeletePeople", { count: unit.peopleCount })}</p>
        ) : unit.childCount > 0 ? (
          <p>{t("admin.units.cannotDeleteUnits")}</p>
        ) : (
          <Form method="post">
            <p>{t("admin.units.deleteIntro")}</p>
            <button type="submit" name="intent" value="delete" className="button button--secondary">
              {t("admin.units.delete", { name: unit.name })}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}
