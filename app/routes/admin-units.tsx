import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { readFormData } from "~/.server/http/read-form-data";
import { addUnit } from "~/.server/organisations/add-unit";
import { listUnits } from "~/.server/organisations/list-units";
import { ErrorSummary } from "~/components/form/error-summary";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { UnitFormFields } from "~/components/units/unit-form-fields";
import { UnitTreeList } from "~/components/units/unit-tree-list";
import { useTranslation } from "~/i18n/translation";
import { UNIT_FIELD_ORDER, unitSchema } from "~/schemas/unit";
import type { Route } from "./+types/admin-units";

/** Administration: the organisation's units as a tree, and adding a unit by hand. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  return { units: await listUnits(db, user.organisation_id) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const submission = parseWithZod(await readFormData(request), { schema: unitSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await addUnit(db, {
    organisationId: user.organisation_id,
    name: submission.value.name,
    parentId: submission.value.parentId ?? null,
  });
  if (result.ok) return redirect(`/admin/enheder?tilfoejet=${result.unitId}`);
  const reply =
    result.error === "pathTaken"
      ? submission.reply({ fieldErrors: { name: ["admin.units.error.pathTaken"] } })
      : submission.reply({ fieldErrors: { parentId: ["admin.units.error.parentNotFound"] } });
  return data({ result: reply }, { status: result.error === "pathTaken" ? 409 : 400 });
}

export default function AdminUnits({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useValidatedForm(unitSchema, actionData?.result, { id: "add-unit" });
  const { units } = loaderData;
  const changedId = searchParams.get("tilfoejet") ?? searchParams.get("gemt");
  const changed = units.find((unit) => unit.id === changedId);
  return (
    <>
      <PageTitle title={t("admin.units.title")} />
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.units.title")}</h1>
      <p className="lead">{t("admin.units.intro")}</p>
      {changed ? (
        <p className="notice" role="status">
          {searchParams.has("tilfoejet")
            ? t("admin.units.added", { path: changed.path })
            : t("admin.units.saved", { path: changed.path })}
        </p>
      ) : null}
      {searchParams.has("slettet") ? (
        <p className="notice" role="status">
          {t("admin.units.deleted")}
        </p>
      ) : null}

      <section aria-labelledby="units-title">
        <h2 id="units-title">{t("admin.units.treeTitle")}</h2>
        {units.length > 0 ? <UnitTreeList units={units} /> : <p>{t("admin.units.none")}</p>}
      </section>

      <section aria-labelledby="add-unit-title" className="narrow">
        <h2 id="add-unit-title">{t("admin.units.addTitle")}</h2>
        <ErrorSummary form={form} fieldOrder={[...UNIT_FIELD_ORDER]} />
        <Form method="post" {...getFormProps(form)} noValidate>
          <UnitFormFields fields={fields} parents={units} />
          <button type="submit" className="button button--primary">
            {t("admin.units.add")}
          </button>
        </Form>
      </section>
    </>
  );
}
