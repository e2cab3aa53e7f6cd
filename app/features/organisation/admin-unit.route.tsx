import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { deleteUnit } from "~/features/organisation/delete-unit.server";
import { findUnitByPath } from "~/features/organisation/find-unit-by-path.server";
import { findUnitWithContext } from "~/features/organisation/find-unit-with-context.server";
import { UNIT_EDIT_FIELD_ORDER, unitEditSchema } from "~/features/organisation/unit.schema";
import { updateUnit } from "~/features/organisation/update-unit.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { servicesContext } from "~/platform/context/context.server";
import { askToConfirm, isConfirmed } from "~/platform/http/ask-to-confirm.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ConfirmForm } from "~/ui/confirm/confirm-form";
import { ConfirmationPage } from "~/ui/confirm/confirmation-page";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/admin-unit.route";

export const handle: TextsHandle = { texts: ["forms", "admin"] };

// One unit: rename and move it in one form (the path of everything below follows), or delete it
// when it is empty. Another organisation's unit is a 404, like any id that is not the admin's.

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  if (!isUuid(params.unitId)) throw data(null, { status: 404 });
  const unit = await findUnitWithContext(db, { organisationId: user.organisation_id, unitId: params.unitId });
  if (!unit) throw data(null, { status: 404 });
  // Its parent as a path to edit: no list of every unit, which grows with the organisation (issue 16).
  const parentPath = unit.path.includes(" / ") ? unit.path.slice(0, unit.path.lastIndexOf(" / ")) : "";
  return { unit, parentPath };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  if (!isUuid(params.unitId)) throw data(null, { status: 404 });
  const form = await readFormData(request);
  const target = { organisationId: user.organisation_id, unitId: params.unitId };
  const { config } = context.get(servicesContext);
  if (form.get("intent") === "delete") {
    // Deleting cannot be undone: the first post asks (issue 15, item 7).
    if (!isConfirmed(form)) return askToConfirm(form, "deleteUnit");
    const before = await findUnitWithContext(db, target);
    const result = await deleteUnit(db, target);
    if (result.ok) {
      const under = before?.parentId ? `?under=${before.parentId}` : "";
      return redirectWithFlash(config, `${href("/admin/enheder")}${under}`, [{ key: "admin.units.deleted" }]);
    }
    if (result.error === "notFound") throw data(null, { status: 404 });
    return data({ deleteError: `admin.units.error.${result.error}` as const }, { status: 409 });
  }
  const submission = parseWithZod(form, { schema: unitEditSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const parentPath = submission.value.parentPath ?? "";
  const parent = parentPath
    ? await findUnitByPath(db, { organisationId: user.organisation_id, path: parentPath })
    : null;
  if (parent === undefined) {
    const reply = submission.reply({ fieldErrors: { parentPath: ["admin.units.error.parentNotFound"] } });
    return data({ result: reply }, { status: 400 });
  }
  const result = await updateUnit(db, {
    ...target,
    name: submission.value.name,
    parentId: parent?.id ?? null,
  });
  if (result.ok) {
    const saved = await findUnitWithContext(db, target);
    const under = parent ? `?under=${parent.id}` : "";
    return redirectWithFlash(config, `${href("/admin/enheder")}${under}`, [
      { key: "admin.units.saved", values: { path: saved?.path ?? submission.value.name } },
    ]);
  }
  if (result.error === "notFound") throw data(null, { status: 404 });
  const reply =
    result.error === "pathTaken"
      ? submission.reply({ fieldErrors: { name: ["admin.units.error.pathTaken"] } })
      : submission.reply({ fieldErrors: { parentPath: [`admin.units.error.${result.error}`] } });
  return data({ result: reply }, { status: result.error === "pathTaken" ? 409 : 400 });
}

export default function AdminUnit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { unit, parentPath } = loaderData;
  const [form, fields] = useValidatedForm(
    unitEditSchema,
    actionData && "result" in actionData ? actionData.result : undefined,
    { id: "edit-unit", defaultValue: { name: unit.name, parentPath } },
  );
  const deleteError = actionData && "deleteError" in actionData ? actionData.deleteError : undefined;
  const confirmation = actionData && "confirmation" in actionData ? actionData.confirmation : undefined;
  if (confirmation) {
    return (
      <ConfirmationPage
        confirmation={confirmation}
        title={t("confirm.deleteUnit.title", { name: unit.name })}
        yesLabel={t("confirm.deleteUnit.yes")}
        cancelTo={href("/admin/enheder/:unitId", { unitId: unit.id })}
      >
        <p className="lead">{t("confirm.deleteUnit.text", { path: unit.path })}</p>
      </ConfirmationPage>
    );
  }
  return (
    <div className="narrow">
      <PageTitle title={t("admin.units.editTitle", { name: unit.name })} />
      <p>
        <Link
          to={unit.parentId ? `${href("/admin/enheder")}?under=${unit.parentId}` : href("/admin/enheder")}
        >
          {t("admin.units.back")}
        </Link>
      </p>
      <h1>{t("admin.units.editTitle", { name: unit.name })}</h1>
      <p className="lead">{unit.path}</p>
      <p>
        <Link to={`${href("/admin/enheder")}?under=${unit.id}`}>
          {t("admin.units.openLevel", { name: unit.name })}
        </Link>
      </p>
      <p>{t("admin.units.editIntro")}</p>
      <ErrorSummary form={form} fieldOrder={[...UNIT_EDIT_FIELD_ORDER]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField
          field={fields.name}
          label={t("admin.units.name")}
          hint={t("admin.units.nameHint")}
          type="text"
          autoComplete="off"
        />
        <TextField
          field={fields.parentPath}
          label={t("admin.units.parentPath")}
          hint={t("admin.units.parentPathHint")}
          type="text"
          autoComplete="off"
        />
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
          <>
            <p>{t("admin.units.deleteIntro")}</p>
            <ConfirmForm
              fields={{ intent: "delete" }}
              label={t("admin.units.delete", { name: unit.name })}
              title={t("confirm.deleteUnit.title", { name: unit.name })}
              text={t("confirm.deleteUnit.text", { path: unit.path })}
              yesLabel={t("confirm.deleteUnit.yes")}
            />
          </>
        )}
      </section>
    </div>
  );
}
