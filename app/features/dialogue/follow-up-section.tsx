import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { FOLLOW_UP_FIELD_ORDER, followUpSchema } from "~/features/dialogue/meeting.schema";
import { TimeAndPlaceFields } from "~/features/dialogue/time-and-place-fields";
import { useTranslation } from "~/i18n/translation";
import { FOLLOW_UP_RHYTHMS } from "~/platform/db/column-values/follow-up-rhythms";
import { FlashNotices } from "~/ui/flash-notices";
import { ErrorSummary } from "~/ui/form/error-summary";
import { SelectField } from "~/ui/form/select-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";

/** Book the next dialogues as one calendar invitation to both: every 14 days, weekly, or quarterly. */
export function FollowUpSection(props: {
  canBook: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultLocation: string;
  defaultTime: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(followUpSchema, props.lastResult, {
    id: "follow-up",
    defaultValue: { location: props.defaultLocation, time: props.defaultTime },
  });
  return (
    <section aria-labelledby="follow-up-title" id="opfoelgning">
      <h2 id="follow-up-title">{t("followUp.title")}</h2>
      <p>{t("followUp.intro")}</p>
      <FlashNotices at="opfoelgning" />
      {props.canBook ? (
        <>
          <ErrorSummary form={form} fieldOrder={[...FOLLOW_UP_FIELD_ORDER]} />
          <Form method="post" {...getFormProps(form)} noValidate>
            <input type="hidden" name="intent" value="bookFollowUps" />
            <SelectField
              field={fields.rhythm}
              label={t("followUp.rhythmLabel")}
              options={FOLLOW_UP_RHYTHMS.map((rhythm) => ({
                value: rhythm,
                label: t(`followUp.rhythmChoice.${rhythm}`),
              }))}
            />
            <TimeAndPlaceFields fields={fields} dateLabel={t("followUp.firstDate")} />
            <button type="submit" className="button button--primary">
              {t("followUp.submit")}
            </button>
          </Form>
        </>
      ) : (
        <p className="form-hint">{t("followUp.needsAcceptance")}</p>
      )}
    </section>
  );
}
