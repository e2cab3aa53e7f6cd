import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { addUnit } from "~/features/organisation/add-unit.server";
import { findUnit } from "~/features/organisation/find-unit.server";
import { findUnitWithContext } from "~/features/organisation/find-unit-with-context.server";
import { listUnitLevel } from "~/features/organisation/list-unit-level.server";
import { UNIT_FIELD_ORDER, unitSchema } from "~/features/organisation/unit.schema";
import { UnitLevelList } from "~/features/organisation/unit-level-list";
import { UnitTrail } from "~/features/organisation/unit-trail";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageLinks } from "~/ui/page-links";
import { PageTitle } from "~/ui/page-title";
import { SearchForm } from "~/ui/search-form";
import type { Route } from "./+types/admin-units.route";

export const handle: TextsHandle = { texts: ["forms", "admin"] };

/**
 * Administration: the organisation's units, one level of the tree at a time (`?under=<unit>`),
 * or found by a search over every level; a page never holds the whole tree (issue 16). A unit is
 * added under the level being looked at.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const query = new URL(request.url).searchParams;
  const search = (query.get("q") ?? "").slice(0, 200);
  const underParam = query.get("under") ?? "";
  const under = isUuid(underParam)
    ? await findUnitWithContext(db, { organisationId: user.organisation_id, unitId: underParam })
    : undefined;
  const level = await listUnitLevel(db, user.organisation_id, {
    parentId: under?.id ?? null,
    search,
    page: Number(query.get("side") ?? 1),
  });
  return { ...level, search, under: under ?? null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const submission = parseWithZod(await readFormData(request), { schema: unitSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await addUnit(db, {
    organisationId: user.organisation_id,
    name: submission.value.name,
    parentId: submission.value.parentId ?? null,
  });
  if (result.ok) {
    const added = await findUnit(db, { organisationId: user.organisation_id, unitId: result.unitId });
    const under = submission.value.parentId ? `?under=${submission.value.parentId}` : "";
    return redirectWithFlash(context.get(servicesContext).config, `${href("/admin/enheder")}${under}`, [
      { key: "admin.units.added", values: { path: added?.path ?? submission.value.name } },
    ]);
  }
  const reply =
    result.error === "pathTaken"
      ? submission.reply({ fieldErrors: { name: ["admin.units.error.pathTaken"] } })
      : submission.reply({ fieldErrors: { name: ["admin.units.error.parentNotFound"] } });
  return data({ result: reply }, { status: result.error === "pathTaken" ? 409 : 400 });
}

export default function AdminUnits({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(unitSchema, actionData?.result, { id: "add-unit" });
  const { units, total, page, pageCount, search, under } = loaderData;
  const levelTitle = search
    ? t(total === 0 ? "admin.units.noneFound" : "admin.units.found", { total, search })
    : under
      ? t("admin.units.under", { path: under.path })
      : t("admin.units.treeTitle");
  return (
    <>
      <PageTitle title={t("admin.units.title")} />
      <p>
        <Link to={href("/admin")}>{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.units.title")}</h1>
      <p className="lead">{t("admin.units.intro")}</p>

      <SearchForm
        id="unit-search"
        label={t("admin.units.searchLabel")}
        hint={t("admin.units.searchHint")}
        button={t("admin.units.search")}
        search={search}
      />

      {!search && under ? (
        <UnitTrail ancestors={[...under.ancestors, { id: under.id, name: under.name }]} />
      ) : null}

      <section aria-labelledby="units-title">
        <h2 id="units-title">{levelTitle}</h2>
        {search ? (
          <p>
            <Link to={under ? `?under=${under.id}` : href("/admin/enheder")}>{t("admin.units.clear")}</Link>
          </p>
        ) : null}
        {units.length > 0 ? (
          <UnitLevelList units={units} showPath={Boolean(search)} />
        ) : search ? null : (
          <p>{t("admin.units.none")}</p>
        )}
        <PageLinks page={page} pageCount={pageCount} />
      </section>

      {search ? null : (
        <section aria-labelledby="add-unit-title" className="narrow">
          <h2 id="add-unit-title">{t("admin.units.addTitle")}</h2>
          <p>{under ? t("admin.units.addUnder", { path: under.path }) : t("admin.units.addAtTop")}</p>
          <ErrorSummary form={form} fieldOrder={[...UNIT_FIELD_ORDER]} />
          <Form method="post" {...getFormProps(form)} noValidate>
            {under ? <input type="hidden" name={fields.parentId.name} value={under.id} /> : null}
            <TextField
              field={fields.name}
              label={t("admin.units.name")}
              hint={t("admin.units.nameHint")}
              type="text"
              autoComplete="off"
            />
            <button type="submit" className="button button--primary">
              {t("admin.units.add")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
