import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, href, Link, useSearchParams } from "react-router";
import { MOVE_FIELD_ORDER, moveDialogueSchema } from "~/features/dialogue/meeting.schema";
import { TimeAndPlaceFields } from "~/features/dialogue/time-and-place-fields";
import { formatLocalDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { FlashNotices } from "~/ui/flash-notices";
import { RadioGroupField } from "~/ui/form/choice-fields";
import { ErrorSummary } from "~/ui/form/error-summary";
import { translateError } from "~/ui/form/translate-error";
import { useValidatedForm } from "~/ui/form/use-validated-form";

/**
 * For the leader: move the dialogue (a follow-up alone or with its whole series) or cancel it. A
 * cancellation is asked once more on a page of its own (`?aflys=`), a plain form without JavaScript.
 */
export function MoveOrCancelSection(props: {
  dialogue: { id: string; startsOn: string; startsAt: string; location: string; rhythm: string | null };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const { dialogue } = props;
  const isFollowUp = dialogue.rhythm !== null;
  const [form, fields] = useValidatedForm(moveDialogueSchema, props.lastResult, {
    id: "move-dialogue",
    defaultValue: {
      date: dialogue.startsOn,
      time: dialogue.startsAt,
      location: dialogue.location,
      scope: "one",
    },
  });
  const confirming = searchParams.get("aflys");
  // A refused cancellation (begun meanwhile, written in, or the mail failed) is said on the same page.
  const cancelError = props.lastResult?.error?.[""]?.[0];
  if (confirming === "one" || (confirming === "series" && isFollowUp)) {
    return (
      <section aria-labelledby="cancel-confirm-title" id="flyt-eller-aflys" className="panel">
        <h2 id="cancel-confirm-title">
          {confirming === "series"
            ? t("calendarChanges.confirmSeriesTitle")
            : t("calendarChanges.confirmTitle", {
                date: formatLocalDate(dialogue.startsOn, locale),
                time: dialogue.startsAt,
              })}
        </h2>
        <p>{t("calendarChanges.confirmText")}</p>
        {cancelError ? (
          <p className="notice notice--warning" role="alert">
            {translateError(t, cancelError)}
          </p>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="cancelDialogue" />
          <input type="hidden" name="scope" value={confirming} />
          <div className="button-row">
            <button type="submit" className="button button--danger">
              {t("calendarChanges.confirmSubmit")}
            </button>
            <Link to={`${href("/dialog/:dialogueId", { dialogueId: dialogue.id })}#flyt-eller-aflys`}>
              {t("calendarChanges.confirmBack")}
            </Link>
          </div>
        </Form>
      </section>
    );
  }
  return (
    <section aria-labelledby="move-cancel-title" id="flyt-eller-aflys" className="meeting-side-section">
      <h2 id="move-cancel-title">{t("calendarChanges.sectionTitle")}</h2>
      <p>{t("calendarChanges.sectionIntro")}</p>
      <FlashNotices at="flyt-eller-aflys" />
      {/* Folded until wanted, like the kontrakt's forms; open again when the server refused it. */}
      <details className="move-dialogue" open={props.lastResult !== undefined}>
        <summary>{t("calendarChanges.moveTitle")}</summary>
        <ErrorSummary form={form} fieldOrder={[...MOVE_FIELD_ORDER]} />
        <Form method="post" {...getFormProps(form)} noValidate>
          <input type="hidden" name="intent" value="moveDialogue" />
          {isFollowUp ? (
            <RadioGroupField
              field={fields.scope}
              legend={t("calendarChanges.scopeLegend")}
              options={[
                { value: "one", label: t("calendarChanges.scopeOne") },
                { value: "series", label: t("calendarChanges.scopeSeries") },
              ]}
            />
          ) : (
            <input type="hidden" name="scope" value="one" />
          )}
          <TimeAndPlaceFields fields={fields} dateLabel={t("invite.date")} />
          <button type="submit" className="button button--primary">
            {t("calendarChanges.moveSubmit")}
          </button>
        </Form>
      </details>
      <h3>{t("calendarChanges.cancelTitle")}</h3>
      <ul className="link-list">
        <li>
          <Link to={`${href("/dialog/:dialogueId", { dialogueId: dialogue.id })}?aflys=one#flyt-eller-aflys`}>
            {t("calendarChanges.cancelOne")}
          </Link>
        </li>
        {isFollowUp ? (
          <li>
            <Link
              to={`${href("/dialog/:dialogueId", { dialogueId: dialogue.id })}?aflys=series#flyt-eller-aflys`}
            >
              {t("calendarChanges.cancelSeries")}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
