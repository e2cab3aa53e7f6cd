import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { findPerson } from "~/features/organisation/find-person.server";
import { findUnitByPath } from "~/features/organisation/find-unit-by-path.server";
import { importPeople } from "~/features/organisation/import-people.server";
import { PERSON_FIELD_ORDER, personSchema } from "~/features/organisation/person.schema";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { servicesContext } from "~/platform/context/context.server";
import { ROLES } from "~/platform/db/column-values/roles";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/admin-person.route";

export const handle: TextsHandle = { texts: ["forms", "leaders", "admin"] };

// One person, edited by the administrator (issue 15): name, roles, unit and nearest leader. The
// change goes through the import's own checks and effects (a reporting line that loops, a nearest
// leader outside the organisation; the three people a changed line concerns are mailed, decision
// 029), as a one-row import. Another organisation's person is a 404, like any id that is not one.

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  if (!isUuid(params.userId)) throw data(null, { status: 404 });
  const person = await findPerson(db, { organisationId: user.organisation_id, userId: params.userId });
  if (!person) throw data(null, { status: 404 });
  return { person };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  if (!isUuid(params.userId)) throw data(null, { status: 404 });
  const person = await findPerson(db, { organisationId: user.organisation_id, userId: params.userId });
  if (!person) throw data(null, { status: 404 });
  const submission = parseWithZod(await readFormData(request), { schema: personSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { name, roles, unitPath, nearestLeaderEmail } = submission.value;
  // A unit is chosen by its path and must exist: a slip of the keyboard makes no new unit here.
  const unit = unitPath
    ? await findUnitByPath(db, { organisationId: user.organisation_id, path: unitPath })
    : null;
  if (unit === undefined) {
    const reply = submission.reply({ fieldErrors: { unitPath: ["admin.units.error.parentNotFound"] } });
    return data({ result: reply }, { status: 400 });
  }
  const { mailer, log } = context.get(servicesContext);
  const result = await importPeople(
    { db, mailer, log },
    {
      organisationId: user.organisation_id,
      importedBy: user.id,
      rows: [
        {
          line: 1,
          name,
          email: person.email,
          unitPath: unit?.path ?? null,
          nearestLeaderEmail: nearestLeaderEmail ?? null,
          roles: [...new Set(roles)],
        },
      ],
    },
  );
  if (!result.ok) {
    const onLeader = result.errors.filter(
      (e) => e.kind === "unknownNearestLeader" || e.kind === "reportingLoop",
    );
    const reply = submission.reply({
      fieldErrors: onLeader.length
        ? { nearestLeaderEmail: onLeader.map((e) => `admin.person.error.${e.kind}`) }
        : {},
      formErrors: result.errors
        .filter((e) => !onLeader.includes(e))
        .map((e) => `admin.person.error.${e.kind === "emailDomainOfOtherOrganisation" ? e.kind : "other"}`),
    });
    return data({ result: reply }, { status: 400 });
  }
  return redirectWithFlash(
    context.get(servicesContext).config,
    `${href("/admin")}?q=${encodeURIComponent(person.email)}`,
    [
      { key: "admin.person.saved", values: { name } },
      ...(result.nearestLeaderChanges > 0
        ? [{ key: "reportingLines.imported" as const, values: { count: result.nearestLeaderChanges } }]
        : []),
    ],
  );
}

export default function AdminPerson({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { person } = loaderData;
  const [form, fields] = useValidatedForm(personSchema, actionData?.result, {
    id: "edit-person",
    defaultValue: {
      name: person.name,
      unitPath: person.unitPath ?? "",
      nearestLeaderEmail: person.nearestLeaderEmail ?? "",
    },
  });
  // After a refused save the boxes show what was sent, so nothing chosen is lost.
  const sent = actionData?.result ? fields.roles.value : undefined;
  const chosenRoles = new Set<string>(
    sent === undefined
      ? person.roles
      : (Array.isArray(sent) ? sent : [sent]).filter((v) => typeof v === "string"),
  );
  return (
    <div className="narrow">
      <PageTitle title={t("admin.person.title", { name: person.name })} />
      <p>
        <Link to={href("/admin")}>{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.person.title", { name: person.name })}</h1>
      <p className="lead">{person.email}</p>
      <p>{t("admin.person.intro")}</p>
      <ErrorSummary form={form} fieldOrder={[...PERSON_FIELD_ORDER]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField field={fields.name} label={t("admin.name")} type="text" autoComplete="off" />
        <fieldset className="form-group" id={fields.roles.id}>
          <legend className="form-label">{t("admin.roles")}</legend>
          <p className="form-hint">{t("admin.person.rolesHint")}</p>
          {ROLES.map((role) => (
            <div className="checkbox" key={role}>
              <input
                type="checkbox"
                id={`role-${role}`}
                name={fields.roles.name}
                value={role}
                defaultChecked={chosenRoles.has(role)}
              />
              <label htmlFor={`role-${role}`}>{t(`admin.role.${role}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          field={fields.unitPath}
          label={t("admin.unit")}
          hint={t("admin.person.unitHint")}
          type="text"
          autoComplete="off"
        />
        <TextField
          field={fields.nearestLeaderEmail}
          label={t("admin.person.nearestLeader")}
          hint={t("admin.person.nearestLeaderHint")}
          type="email"
          autoComplete="off"
        />
        <button type="submit" className="button button--primary">
          {t("admin.person.save")}
        </button>
      </Form>
    </div>
  );
}
