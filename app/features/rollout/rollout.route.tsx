import { data, Form, href } from "react-router";
import { UnitPicker } from "~/features/organisation/unit-picker";
import { inviteUnitLeaders } from "~/features/rollout/invite-unit-leaders.server";
import { loadRolloutPage } from "~/features/rollout/load-rollout-page.server";
import { previewRollout } from "~/features/rollout/preview-rollout.server";
import { sendQueuedRolloutMails } from "~/features/rollout/send-queued-rollout-mails.server";
import { formatDateTime, formatNumber } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { afterAnswerContext, localeContext, servicesContext } from "~/platform/context/context.server";
import { askToConfirm, isConfirmed } from "~/platform/http/ask-to-confirm.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import type { FlashNotice } from "~/platform/http/flash-notice";
import { isUuid } from "~/platform/http/is-uuid.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ConfirmationPage } from "~/ui/confirm/confirmation-page";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/rollout.route";

export const handle: TextsHandle = { texts: ["figures", "admin"] };

/**
 * Roll-out: top management and HR invite a unit's leaders to start the tool, and see earlier ones.
 * The unit is chosen a level of the tree at a time or by a search (`?enhed=` once chosen), never
 * from a list of every unit (issue 16).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.rollout);
  const { choice, rollouts } = await loadRolloutPage(db, {
    organisationId: user.organisation_id,
    params: new URL(request.url).searchParams,
  });
  const locale = context.get(localeContext);
  return {
    choice,
    rollouts: rollouts.map((rollout) => ({
      ...rollout,
      sentAt: formatDateTime(new Date(rollout.sentAt), locale),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.rollout);
  const form = await readFormData(request);
  const unitId = form.get("unitId");
  if (typeof unitId !== "string" || !isUuid(unitId))
    return data({ error: "rollout.unitRequired" as const }, { status: 400 });
  // First who will be mailed; only the confirmed second post sends (issue 15, item 7).
  if (!isConfirmed(form)) {
    const preview = await previewRollout(db, { organisationId: user.organisation_id, unitId });
    if (!preview) return data({ error: "rollout.unitUnknown" as const }, { status: 400 });
    return askToConfirm(form, "rollout", preview);
  }
  const result = await inviteUnitLeaders(db, {
    organisationId: user.organisation_id,
    unitId,
    senderId: user.id,
  });
  // Deleted meanwhile, or not this organisation's: the same answer, and the choice stays open.
  if (!result) return data({ error: "rollout.unitUnknown" as const }, { status: 400 });
  // Mailed after the answer, a batch at a time, by work the process stops cleanly at shutdown; the
  // schedulers take over what it leaves (decision 052). The history below shows how far it has come.
  const services = context.get(servicesContext);
  context.get(afterAnswerContext).defer("roll-out mails", async () => {
    services.background.start("roll-out mails", async () => {
      await sendQueuedRolloutMails(services, {
        rolloutId: result.rolloutId,
        shouldStop: services.background.isStopping,
      });
    });
  });
  const notices: FlashNotice[] = [];
  if (result.queued > 0) notices.push({ key: "rollout.queued", values: { count: result.queued } });
  if (result.skipped > 0) notices.push({ key: "rollout.skipped", values: { count: result.skipped } });
  return redirectWithFlash(services.config, href("/udrul"), notices);
}

export default function Rollout({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (actionData && "confirmation" in actionData) {
    return <RolloutPreview confirmation={actionData.confirmation} />;
  }
  const error = actionData?.error;
  const chosen = loaderData.choice.chosen;
  return (
    <div className="narrow">
      <PageTitle title={t("rollout.title")} />
      <h1>{t("rollout.title")}</h1>
      <p className="lead">{t("rollout.intro")}</p>
      <p>{t("rollout.onlyOnce")}</p>
      <section aria-labelledby="rollout-unit-title" className="panel">
        <h2 id="rollout-unit-title">{t("rollout.unit")}</h2>
        {error ? (
          <p className="form-error-message" role="alert">
            {t(error)}
          </p>
        ) : null}
        {chosen ? (
          <Form method="post">
            <p>{t("rollout.chosen", { unit: chosen.path })}</p>
            <input type="hidden" name="unitId" value={chosen.id} />
            <button type="submit" className="button button--primary">
              {t("rollout.submit")}
            </button>
          </Form>
        ) : (
          <p>{t("rollout.choose")}</p>
        )}
        <UnitPicker choice={loaderData.choice} id="rollout-unit" />
      </section>
      <RolloutHistory rollouts={loaderData.rollouts} />
    </div>
  );
}

/** Who will be mailed, before anything is sent: the first names, how many more, who was invited before. */
function RolloutPreview({
  confirmation,
}: {
  confirmation: Extract<Route.ComponentProps["actionData"], { confirmation: unknown }>["confirmation"];
}) {
  const { t } = useTranslation();
  const { recipients, unitPath, alreadyInvited } = confirmation;
  return (
    <ConfirmationPage
      confirmation={confirmation}
      title={t("confirm.rollout.title")}
      yesLabel={recipients.total > 0 ? t("confirm.rollout.yes", { count: recipients.total }) : null}
      cancelTo={href("/udrul")}
    >
      {recipients.total > 0 ? (
        <>
          <p className="lead">{t("confirm.rollout.text", { count: recipients.total, unit: unitPath })}</p>
          <ul aria-label={t("confirm.rollout.recipientsLabel")} className="rollout-recipients">
            {recipients.names.map((name, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two leaders may share a name
              <li key={index}>{name}</li>
            ))}
          </ul>
          {recipients.more > 0 ? <p>{t("confirm.rollout.more", { count: recipients.more })}</p> : null}
        </>
      ) : (
        <p className="lead">{t("confirm.rollout.none", { unit: unitPath })}</p>
      )}
      {alreadyInvited > 0 ? <p>{t("confirm.rollout.alreadyInvited", { count: alreadyInvited })}</p> : null}
    </ConfirmationPage>
  );
}

function RolloutHistory({ rollouts }: { rollouts: Route.ComponentProps["loaderData"]["rollouts"] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="rollout-history-title">
      <h2 id="rollout-history-title">{t("rollout.historyTitle")}</h2>
      {rollouts.length === 0 ? (
        <p>{t("rollout.historyNone")}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-label={t("rollout.historyCaption")}>
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
                  <td>
                    {formatNumber(rollout.mailed, locale)}
                    {rollout.waiting > 0 ? (
                      <span className="table-note">
                        {t("rollout.historyWaiting", { count: rollout.waiting })}
                      </span>
                    ) : null}
                    {rollout.failed > 0 ? (
                      <span className="table-note">
                        {t("rollout.historyFailed", { count: rollout.failed })}
                      </span>
                    ) : null}
                  </td>
                  <td>{formatNumber(rollout.skipped, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {rollouts.some((rollout) => rollout.failed > 0) ? <p>{t("rollout.historyFailedHint")}</p> : null}
    </section>
  );
}
