import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { listAgreementChecks, recordAgreementCheck } from "~/.server/agreements/agreement-checks";
import { agreementFieldsFromInput } from "~/.server/agreements/agreement-fields-from-input";
import { moveAgreement, setAgreementStatus, updateAgreement } from "~/.server/agreements/agreements";
import { requireOwnAgreement } from "~/.server/agreements/require-own-agreement";
import { askToConfirm, isConfirmed } from "~/.server/http/ask-to-confirm";
import { readFormData } from "~/.server/http/read-form-data";
import { AgreementFormFields } from "~/components/agreements/agreement-form-fields";
import { CheckHistory } from "~/components/agreements/check-history";
import { FollowUpSummary } from "~/components/agreements/follow-up-summary";
import { ConfirmForm } from "~/components/confirm/confirm-form";
import { ConfirmationPage } from "~/components/confirm/confirmation-page";
import { ErrorSummary } from "~/components/form/error-summary";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { useTranslation } from "~/i18n/translation";
import { currentCheckPeriod, isCheckedDaily, recentCheckPeriods } from "~/kontrakt/check-periods";
import { AGREEMENT_FIELD_ORDER, agreementSchema } from "~/schemas/agreement";
import type { Route } from "./+types/agreement";

const HISTORY_PERIODS = 14;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { agreement, db } = await requireOwnAgreement(context, request, params.agreementId);
  const periods = recentCheckPeriods(agreement.recurrence, HISTORY_PERIODS);
  const checks = await listAgreementChecks(db, { agreementIds: [agreement.id], since: periods[0] ?? "" });
  const byDate = new Map(checks.map((check) => [check.date, check.isKept]));
  return {
    agreement,
    isDaily: isCheckedDaily(agreement.recurrence),
    history: periods.map((date) => ({ date, isKept: byDate.get(date) ?? null })),
  };
}

const STATUS_INTENTS = { complete: "completed", drop: "dropped", reopen: "active" } as const;

export async function action({ request, params, context }: Route.ActionArgs) {
  const { agreement, db } = await requireOwnAgreement(context, request, params.agreementId);
  const form = await readFormData(request);
  const intent = form.get("intent");
  const back = `/min-lederdialog/kontrakt#aftaler-${agreement.kind}`;
  if (intent === "moveUp" || intent === "moveDown") {
    // Two rows change places: one transaction, so the order is never half-swapped.
    await db.transaction().execute((tx) => moveAgreement(tx, agreement, intent === "moveUp" ? "up" : "down"));
    return redirect(back);
  }
  if (intent === "complete" || intent === "drop" || intent === "reopen") {
    if (intent === "drop" && !isConfirmed(form)) return askToConfirm(form, "drop");
    await setAgreementStatus(db, agreement.id, STATUS_INTENTS[intent]);
    return redirect(back);
  }
  if (intent === "check") {
    const kept = form.get("kept");
    if (kept !== "yes" && kept !== "no") throw data({ error: "validation.formInvalid" }, { status: 400 });
    await recordAgreementCheck(db, {
      agreementId: agreement.id,
      date: currentCheckPeriod(agreement.recurrence),
      isKept: kept === "yes",
    });
    return redirect(`/min-lederdialog/aftaler/${agreement.id}?afkrydset=1#afkrydsning`);
  }
  if (intent === "update") {
    const submission = parseWithZod(form, { schema: agreementSchema });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    // The list (kind) an agreement belongs to never changes when it is edited.
    const { kind: _kind, ...fields } = agreementFieldsFromInput(submission.value);
    await updateAgreement(db, { agreementId: agreement.id, fields });
    return redirect(back);
  }
  throw data({ error: "validation.formInvalid" }, { status: 400 });
}

export default function AgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { agreement, isDaily, history } = loaderData;
  const confirmation = actionData && "confirmation" in actionData ? actionData.confirmation : undefined;
  const [form, fields] = useValidatedForm(
    agreementSchema,
    actionData && "result" in actionData ? actionData.result : undefined,
    {
      id: `edit-agreement-${agreement.id}`,
      defaultValue: {
        text: agreement.text,
        followUpDate: agreement.followUpDate ?? "",
        followUpTime: agreement.followUpTime ?? "",
        recurrence: agreement.recurrence ?? "once",
        followUpHow: agreement.followUpHow,
      },
    },
  );
  if (confirmation) {
    return (
      <ConfirmationPage
        confirmation={confirmation}
        title={t("confirm.drop.title")}
        yesLabel={t("confirm.drop.yes")}
        cancelTo={`/min-lederdialog/aftaler/${agreement.id}`}
      >
        <p className="lead">{t("confirm.drop.text", { text: agreement.text })}</p>
      </ConfirmationPage>
    );
  }
  return (
    <div className="narrow-wide">
      <PageTitle title={agreement.text} />
      <p>
        <Link to={`/min-lederdialog/kontrakt#aftaler-${agreement.kind}`}>{t("agreements.back")}</Link>
      </p>
      <h1>{agreement.text}</h1>
      <p className="agreement__meta">
        <FollowUpSummary agreement={agreement} />
        {agreement.followUpHow ? ` · ${agreement.followUpHow}` : null}
      </p>

      <section aria-labelledby="afkrydsning-title" id="afkrydsning" className="panel">
        <h2 id="afkrydsning-title">{t("checks.title")}</h2>
        {searchParams.has("afkrydset") ? (
          <p className="notice" role="status">
            {t("checks.recorded")}
          </p>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="check" />
          <fieldset className="fieldset">
            <legend>{isDaily ? t("checks.questionDay") : t("checks.questionWeek")}</legend>
            <div className="button-row">
              <button type="submit" name="kept" value="yes" className="button button--primary">
                {t("checks.yes")}
              </button>
              <button type="submit" name="kept" value="no" className="button button--secondary">
                {isDaily ? t("checks.no") : t("checks.noWeek")}
              </button>
            </div>
          </fieldset>
        </Form>
        <h3>{t("checks.historyTitle")}</h3>
        <CheckHistory periods={history} />
        <p className="form-hint">{t("checks.private")}</p>
      </section>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title">{t("agreements.editTitle")}</h2>
        <ErrorSummary form={form} fieldOrder={[...AGREEMENT_FIELD_ORDER]} />
        <Form method="post" {...getFormProps(form)} noValidate>
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="kind" value={agreement.kind} />
          <AgreementFormFields fields={fields} />
          <button type="submit" className="button button--primary">
            {t("agreements.save")}
          </button>
        </Form>
      </section>

      <div className="button-row">
        {agreement.status === "active" ? (
          <>
            <Form method="post">
              <button type="submit" name="intent" value="complete" className="button button--secondary">
                {t("agreements.complete")}
              </button>
            </Form>
            <ConfirmForm
              fields={{ intent: "drop" }}
              label={t("agreements.drop")}
              title={t("confirm.drop.title")}
              text={t("confirm.drop.text", { text: agreement.text })}
              yesLabel={t("confirm.drop.yes")}
            />
          </>
        ) : (
          <Form method="post">
            <button type="submit" name="intent" value="reopen" className="button button--secondary">
              {t("agreements.reopen")}
            </button>
          </Form>
        )}
        {agreement.followUpDate ? (
          <a
            className="button button--secondary"
            href={`/min-lederdialog/aftaler/${agreement.id}/kalender.ics`}
            download
          >
            {t("agreements.calendar")}
          </a>
        ) : null}
      </div>
    </div>
  );
}
