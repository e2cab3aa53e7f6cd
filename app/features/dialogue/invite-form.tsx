import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { INVITE_FIELD_ORDER, inviteSchema } from "~/features/dialogue/invite.schema";
import { useTranslation } from "~/i18n/translation";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { TimeAndPlaceFields } from "./time-and-place-fields";

/** "Inviter din leder": e-mail, a proposed time (45 minutes, Danish time) and a quiet place. */
export function InviteForm({
  lastResult,
  defaultEmail,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultEmail: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(inviteSchema, lastResult, {
    id: "invite",
    defaultValue: { email: defaultEmail },
  });
  return (
    <>
      <ErrorSummary form={form} fieldOrder={[...INVITE_FIELD_ORDER]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input type="hidden" name="intent" value="invite" />
        <TextField
          field={fields.email}
          label={t("invite.email")}
          hint={t("invite.emailHint")}
          type="email"
          autoComplete="off"
        />
        <TimeAndPlaceFields fields={fields} dateLabel={t("invite.date")} />
        <button type="submit" className="button button--primary">
          {t("invite.submit")}
        </button>
      </Form>
    </>
  );
}
