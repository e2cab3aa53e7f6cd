import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { AGREEMENT_FIELD_ORDER, newAgreementSchema } from "~/features/agreements/agreement.schema";
import { useTranslation } from "~/i18n/translation";
import type { AgreementKind } from "~/platform/db/column-values/agreement-types";
import { ErrorSummary } from "~/ui/form/error-summary";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { AgreementFormFields } from "./agreement-form-fields";

/**
 * "Tilføj en aftale", folded until wanted (issue 15, item 8), open while the last try has errors
 * to show.
 */
export function AddAgreementForm(props: {
  formId: string;
  kind: AgreementKind;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(newAgreementSchema, props.lastResult, { id: props.formId });
  return (
    <details className="add-agreement" open={props.lastResult !== undefined}>
      <summary>{t("agreements.addTitle")}</summary>
      <ErrorSummary form={form} fieldOrder={[...AGREEMENT_FIELD_ORDER]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input type="hidden" name="intent" value="addAgreement" />
        <input type="hidden" name="kind" value={props.kind} />
        <AgreementFormFields fields={fields} />
        <button type="submit" className="button button--primary">
          {t("agreements.add")}
        </button>
      </Form>
    </details>
  );
}
