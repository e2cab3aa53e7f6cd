import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { servicesContext } from "~/.server/context";
import { isUuid } from "~/.server/http/is-uuid";
import { readFormData } from "~/.server/http/read-form-data";
import { inviteUnitLeaders } from "~/.server/organisations/invite-unit-leaders";
import { PageTitle } from "~/components/page-title";
import type { Route } from "./+types/rollout";

const ROLLOUT_ROLES = ["hr", "top_management"] as const;

/** Roll-out: top management and HR invite a unit's leaders to start the tool. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, ROLLOUT_ROLES);
  const units = await db
    .selectFrom("units")
    .select(["id", "path"])
    .where("organisation_id", "=", user.organisation_id)
    .orderBy("path")
    .execute();
  return { units };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await requireRole(context, request, ROLLOUT_ROLES);
  const unitId = (await readFormData(request)).get("unitId");
  if (typeof unitId !== "string" || !isUuid(unitId))
    return data({ error: "rollout.unitRequired" as const }, { status: 400 });
  const { sent, failed } = await inviteUnitLeaders(context.get(servicesContext), {
    organisationId: user.organisation_id,
    unitId,
    senderName: user.name,
  });
  return redirect(`/udrul?sendt=${sent}${failed > 0 ? `&fejlet=${failed}` : ""}`);
}

export default function Rollout({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const sent = searchParams.get("sendt");
  const error = actionData?.error;
  return (
    <div className="narrow">
      <PageTitle title={t("rollout.title")} />
      <h1>{t("rollout.title")}</h1>
      <p className="lead">{t("rollout.intro")}</p>
      {sent !== null ? (
        <p className="notice" role="status">
          {t("rollout.sent", { count: Number(sent) || 0 })}
        </p>
      ) : null}
      {searchParams.get("fejlet") ? (
        <p className="notice notice--warning" role="alert">
          {t("rollout.failed", { count: Number(searchParams.get("fejlet")) || 0 })}
        </p>
      ) : null}
      <Form method="post">
        <div className={error ? "form-group form-group--error" : "form-group"}>
          <label className="form-label" htmlFor="unitId">
            {t("rollout.unit")}
          </label>
          {error ? (
            <p className="form-error-message" id="unitId-error">
              {t(error)}
            </p>
          ) : null}
          <select
            id="unitId"
            name="unitId"
            className="form-select"
            defaultValue=""
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "unitId-error" : undefined}
          >
            <option value="">{t("rollout.choose")}</option>
            {loaderData.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.path}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("rollout.submit")}
        </button>
      </Form>
    </div>
  );
}
