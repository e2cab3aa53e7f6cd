import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link, redirect } from "react-router";
import type { Agreement } from "~/features/agreements/agreement";
import { AGREEMENT_FIELD_ORDER, agreementSchema } from "~/features/agreements/agreement.schema";
import { agreementActionSchema } from "~/features/agreements/agreement-actions.schema";
import { listAgreementChecks, recordAgreementCheck } from "~/features/agreements/agreement-checks.server";
import { agreementFieldsFromInput } from "~/features/agreements/agreement-fields-from-input.server";
import { AgreementFormFields } from "~/features/agreements/agreement-form-fields";
import {
  moveAgreement,
  moveAgreementToOtherList,
  setAgreementStatus,
  updateAgreement,
} from "~/features/agreements/agreements.server";
import { checkPeriodStarts, periodOfDate, tickOffFor } from "~/features/agreements/check-periods";
import { FollowUpSummary } from "~/features/agreements/follow-up-summary";
import { TickOffPanel } from "~/features/agreements/tick-off-panel";
import { requireAgreementToTick } from "~/features/dialogue/require-agreement-to-tick.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { servicesContext } from "~/platform/context/context.server";
import { askToConfirm, isConfirmed } from "~/platform/http/ask-to-confirm.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ConfirmForm } from "~/ui/confirm/confirm-form";
import { ConfirmationPage } from "~/ui/confirm/confirmation-page";
import { ErrorSummary } from "~/ui/form/error-summary";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/agreement.route";

export const handle: TextsHandle = { texts: ["forms", "agreements"] };

const HISTORY_PERIODS = 14;

/**
 * The leader's own agreement (`canEdit`), or one from a meeting that her nearest leader carries out
 * alone or with her: he sees it and ticks it off, nothing more (issue 15).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { agreement, db, canEdit, leaderName } = await requireAgreementToTick(
    context,
    request,
    params.agreementId,
  );
  const isCarriedWithHim =
    agreement.dialogueId !== null && (agreement.owner === "nearestLeader" || agreement.owner === "both");
  // He opens only agreements of a dialogue he holds (requireAgreementToTick): his way back is its
  // meeting; hers is the list on her kontrakt.
  const back =
    canEdit || agreement.dialogueId === null
      ? {
          to: `${href("/min-lederdialog/kontrakt")}#aftaler-${agreement.kind}`,
          label: "agreements.back" as const,
        }
      : {
          to: `${href("/dialog/:dialogueId", { dialogueId: agreement.dialogueId })}#aftaler`,
          label: "agreements.backToMeeting" as const,
        };
  return {
    agreement,
    canEdit,
    back,
    tickOff: tickOffFor(agreement),
    // An agreement he carries out (alone or with her) has one tick-off record the two share: both
    // answer and both see the answers, the latest for a period counting (a second review saw his
    // answer replace hers while neither could see the other's).
    history: await loadCheckHistory(db, agreement),
    privacy:
      leaderName !== null
        ? ({ kind: "forNearestLeader", leaderName } as const)
        : isCarriedWithHim
          ? ({ kind: "sharedWithNearestLeader" } as const)
          : ({ kind: "own" } as const),
  };
}

/**
 * The agreement's own periods up to now (none before its start), each with its answer. An answer is
 * put in the period its date falls in, so answers recorded by week before issue 15 still count.
 */
async function loadCheckHistory(db: Parameters<typeof listAgreementChecks>[0], agreement: Agreement) {
  const starts = checkPeriodStarts(agreement, HISTORY_PERIODS);
  if (starts.length === 0) return [];
  const checks = await listAgreementChecks(db, { agreementIds: [agreement.id], since: starts[0] ?? "" });
  const byPeriod = new Map<string, boolean>();
  for (const check of checks) {
    const period = periodOfDate(starts, check.date);
    if (period) byPeriod.set(period, check.isKept);
  }
  return starts.map((date) => ({ date, isKept: byPeriod.get(date) ?? null }));
}

const STATUS_INTENTS = { complete: "completed", drop: "dropped", reopen: "active" } as const;
/** A tick-off the agreement does not ask for (not begun, one-off, dropped): nothing is recorded. */
const NOT_ASKED = { error: "checks.notAsked" } as const;
/** What the nearest leader may do with an agreement he carries out: answer its tick-off. */
const TICK_OFF_INTENTS: readonly string[] = ["check", "done"];

export async function action({ request, params, context }: Route.ActionArgs) {
  const { agreement, db, canEdit } = await requireAgreementToTick(context, request, params.agreementId);
  const form = await readFormData(request);
  const parsed = parseWithZod(form, { schema: agreementActionSchema });
  if (parsed.status !== "success") throw data({ error: "validation.formInvalid" }, { status: 400 });
  // The rest is hers: to him as if it were not there.
  if (!canEdit && !TICK_OFF_INTENTS.includes(parsed.value.intent)) throw data(null, { status: 404 });
  const back = `${href("/min-lederdialog/kontrakt")}#aftaler-${agreement.kind}`;
  const here = href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id });
  const tickOff = tickOffFor(agreement);
  const { intent } = parsed.value;
  switch (parsed.value.intent) {
    case "moveUp":
    case "moveDown":
      await moveAgreement(db, agreement, intent === "moveUp" ? "up" : "down");
      return redirect(back);
    case "moveToList": {
      // One made in a dialogue is shared with the nearest leader: it stays with them.
      if (agreement.dialogueId !== null) throw data({ error: "agreements.madeInDialogue" }, { status: 409 });
      const kind = await moveAgreementToOtherList(db, agreement);
      return redirect(`${href("/min-lederdialog/kontrakt")}#aftaler-${kind}`);
    }
    case "complete":
    case "drop":
    case "reopen":
      // Dropping is not undone by a slip: the first post asks (issue 15, item 7).
      if (parsed.value.intent === "drop" && !isConfirmed(form)) return askToConfirm(form, "drop");
      await setAgreementStatus(db, agreement.id, STATUS_INTENTS[parsed.value.intent]);
      return redirect(back);
    case "check":
      if (tickOff.kind !== "periodic") throw data(NOT_ASKED, { status: 409 });
      await recordAgreementCheck(db, {
        agreementId: agreement.id,
        date: tickOff.current,
        isKept: parsed.value.kept === "yes",
      });
      return redirectWithFlash(context.get(servicesContext).config, `${here}#afkrydsning`, [
        { key: "checks.recorded", at: "afkrydsning" },
      ]);
    case "done":
      if (tickOff.kind !== "once") throw data(NOT_ASKED, { status: 409 });
      await setAgreementStatus(db, agreement.id, "completed");
      return redirectWithFlash(context.get(servicesContext).config, `${here}#afkrydsning`, [
        { key: "checks.doneRecorded", at: "afkrydsning" },
      ]);
    case "update": {
      const submission = parseWithZod(form, { schema: agreementSchema });
      if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
      // Editing never changes the list (kind): moving is its own button.
      const { kind: _kind, ...fields } = agreementFieldsFromInput(submission.value);
      await updateAgreement(db, { agreementId: agreement.id, fields });
      return redirect(back);
    }
  }
}

export default function AgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { agreement, canEdit, back, tickOff, history, privacy } = loaderData;
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
        cancelTo={href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id })}
      >
        <p className="lead">{t("confirm.drop.text", { text: agreement.text })}</p>
      </ConfirmationPage>
    );
  }
  if (!canEdit) {
    // The nearest leader's view of an agreement he carries out: what it is, and its tick-off.
    return (
      <div className="narrow-wide">
        <AgreementHeading agreement={agreement} back={back} />
        <TickOffPanel agreementId={agreement.id} tickOff={tickOff} history={history} privacy={privacy} />
      </div>
    );
  }
  return (
    <div className="narrow-wide">
      <AgreementHeading agreement={agreement} back={back} />

      <TickOffPanel agreementId={agreement.id} tickOff={tickOff} history={history} privacy={privacy} />

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

      <div className="button-row button-row--apart">
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
            href={href("/min-lederdialog/aftaler/:agreementId/kalender.ics", { agreementId: agreement.id })}
            download
          >
            {t("agreements.calendar")}
          </a>
        ) : null}
      </div>
      {agreement.dialogueId === null ? (
        <Form method="post" className="button-row button-row--apart">
          <button type="submit" name="intent" value="moveToList" className="button button--secondary">
            {t(agreement.kind === "self" ? "agreements.moveToLeader" : "agreements.moveToSelf")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** The page's title, its way back and what the agreement is: the same for both who open it. */
function AgreementHeading({
  agreement,
  back,
}: {
  agreement: Route.ComponentProps["loaderData"]["agreement"];
  back: Route.ComponentProps["loaderData"]["back"];
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={agreement.text} />
      <p>
        <Link to={back.to}>{t(back.label)}</Link>
      </p>
      <h1>{agreement.text}</h1>
      <p className="agreement__meta">
        <FollowUpSummary agreement={agreement} />
        {agreement.followUpHow ? ` · ${agreement.followUpHow}` : null}
      </p>
    </>
  );
}
