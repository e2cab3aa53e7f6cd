import { data, Form, redirect, useSearchParams } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { localeContext, servicesContext } from "~/.server/context";
import { isUuid } from "~/.server/http/is-uuid";
import { readFormData } from "~/.server/http/read-form-data";
import { inviteUnitLeaders } from "~/.server/organisations/invite-unit-leaders";
import { listRollouts } from "~/.server/organisations/list-rollouts";
import { ROLLOUT_ROLES } from "~/.server/organisations/rollout-roles";
import { PageTitle } from "~/components/page-title";
import { formatDateTime } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import type { Route } from "./+types/rollout";

/** Roll-out: top management and HR invite a unit's leaders to start the tool, and see earlier ones. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, ROLLOUT_ROLES);
  const [units, rollouts] = await Promise.all([
    db
      .selectFrom("units")
      .select(["id", "path"])
      .where("organisation_id", "=", user.organisation_id)
      .orderBy("path")
      .execute(),
    listRollouts(db, user.organisation_id),
  ]);
  const locale = context.get(localeContext);
  return {
    units,
    rollouts: rollouts.map((rollout) => ({
      ...rollout,
      sentAt: formatDateTime(new Date(rollout.sentAt), locale),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await requireRole(context, request, ROLLOUT_ROLES);
  const unitId = (await readFormData(request)).get("unitId");
  if (typeof unitId !== "string" || !isUuid(unitId))
    return data({ error: "rollout.unitRequired" as const }, { status: 400 });
  const result = await inviteUnitLeaders(context.get(servicesContext), {
    organisationId: user.organisation_id,
    unitId,
    sender: { id: user.id, name: user.name, email: user.email },
  });
  // Deleted meanwhile, or not this organisation's: the same answer, and the choice stays open.
  if (!result) return data({ error: "rollout.unitUnknown" as const }, { status: 400 });
  const query = new URLSearchParams({ sendt: String(result.sent) });
  if (result.skipped > 0) query.set("allerede", String(result.skipped));
  if (result.failed > 0) query.set("fejlet", String(result.failed));
  return redirect(`/udrul?${query}`);
}

export default function Rollout({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const sent = searchParams.get("sendt");
  const skipped = searchParams.get("allerede");
  const error = actionData?.error;
  return (
    <div className="narrow">
      <PageTitle title={t("rollout.title")} />
      <h1>{t("rollout.title")}</h1>
      <p className="lead">{t("rollout.intro")}</p>
      <p>{t("rollout.onlyOnce")}</p>
      {sent !== null ? (
        <div className="notice" role="status">
          <p>{t("rollout.sent", { count: Number(sent) || 0 })}</p>
          {skipped ? <p>{t("rollout.skipped", { count: Number(skipped) || 0 })}</p> : null}
        </div>
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
      <RolloutHistory rollouts={loaderData.rollouts} />
    </div>
  );
}

function RolloutHistory({ rollouts }: { rollouts: Route.ComponentProps["loaderData"]["rollouts"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rollout-history-title">
      <h2 id="rollout-history-title">{t("rollout.historyTitle")}</h2>
      {rollouts.length === 0 ? (
        <p>{t("rollout.historyNone")}</p>
      ) : (
        <table className="table">
          <caption className="sr-only">{t("rollout.historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rollout.historySentAt")}</th>
              <th scope="col">{t("rollout.historyUnit")}</th>
              <th scope="col">{t("rollout.historySentBy")}</th>
              <th scope="col">{t("rollout.historyMailed")}</th>
              <th scope="col">{t("rollout.historySkipped")}</th>
            </tr>
          </thead>
          <tbody>
            {rollouts.map((rollout) => (
              <tr key={rollout.id}>
                <td>{rollout.sentAt}</td>
                <th scope="row">{rollout.unitPath}</th>
                <td>{rollout.senderName ?? t("rollout.deletedSender")}</td>
                <td>{rollout.mailed}</td>
                <td>{rollout.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
