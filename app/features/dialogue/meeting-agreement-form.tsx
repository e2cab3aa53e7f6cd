import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import {
  MEETING_AGREEMENT_FIELD_ORDER,
  meetingAgreementSchema,
} from "~/features/agreements/agreement.schema";
import { AgreementFormFields } from "~/features/agreements/agreement-form-fields";
import { useTranslation } from "~/i18n/translation";
import { AGREEMENT_OWNERS } from "~/platform/db/column-values/agreement-types";
import { RadioGroupField } from "~/ui/form/choice-fields";
import { ErrorSummary } from "~/ui/form/error-summary";
import { useValidatedForm } from "~/ui/form/use-validated-form";

/**
 * "Tilføj en aftale" in the meeting: an agreement the two of them make, with who carries it out
 * (the leader, the nearest leader, both) and hints written for two, not for one (issue 15).
 */
export function MeetingAgreementForm(props: {
  hasAgreements: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
  leaderName: string;
  nearestLeaderName: string | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(meetingAgreementSchema, props.lastResult, {
    id: "meeting-agreement",
  });
  const names = {
    leader: props.leaderName,
    nearestLeader: props.nearestLeaderName ?? t("meeting.ownerNearestLeader"),
    both: t("meeting.ownerBoth"),
  };
  return (
    <details className="add-agreement" open={!props.hasAgreements || props.lastResult !== undefined}>
      <summary>{t("agreements.addTitle")}</summary>
      <ErrorSummary form={form} fieldOrder={[...MEETING_AGREEMENT_FIELD_ORDER]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input type="hidden" name="intent" value="addAgreement" />
        <RadioGroupField
          field={fields.owner}
          legend={t("meeting.ownerLegend")}
          options={AGREEMENT_OWNERS.map((owner) => ({ value: owner, label: names[owner] }))}
        />
        <AgreementFormFields
          fields={fields}
          hints={{
            text: t("meeting.agreementTextHint"),
            when: t("meeting.agreementWhen"),
            how: t("meeting.agreementHow"),
          }}
        />
        <button type="submit" className="button button--primary">
          {t("agreements.add")}
        </button>
      </Form>
    </details>
  );
}
