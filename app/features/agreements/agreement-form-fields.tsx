import type { FieldMetadata } from "@conform-to/react";
import { RECURRENCE_CHOICES } from "~/features/agreements/agreement.schema";
import { useTranslation } from "~/i18n/translation";
import { SelectField } from "~/ui/form/select-field";
import { TextField } from "~/ui/form/text-field";

export interface AgreementFieldSet {
  text: FieldMetadata<string | undefined>;
  followUpDate: FieldMetadata<string | undefined>;
  followUpTime: FieldMetadata<string | undefined>;
  recurrence: FieldMetadata<string | undefined>;
  followUpHow: FieldMetadata<string | undefined>;
}

/**
 * The fields of an agreement, for adding and for editing: what, when (date, time, repeat) and how.
 * The hints speak to the leader about an agreement with herself unless the caller gives its own
 * (the meeting's agreements are made by two).
 */
export function AgreementFormFields({
  fields,
  hints,
}: {
  fields: AgreementFieldSet;
  hints?: { text: string; when: string; how: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        field={fields.text}
        label={t("agreements.text")}
        hint={hints?.text ?? t("agreements.textHint")}
        type="text"
        autoComplete="off"
      />
      <fieldset className="fieldset">
        <legend>{hints?.when ?? t("agreements.when")}</legend>
        <TextField
          field={fields.followUpDate}
          label={t("agreements.date")}
          hint={t("agreements.dateHint")}
          type="date"
          autoComplete="off"
          isShort
        />
        <TextField
          field={fields.followUpTime}
          label={t("agreements.time")}
          hint={t("agreements.timeHint")}
          type="time"
          autoComplete="off"
          isShort
        />
        <SelectField
          field={fields.recurrence}
          label={t("agreements.recurrence")}
          options={RECURRENCE_CHOICES.map((value) => ({ value, label: t(`recurrence.${value}`) }))}
        />
      </fieldset>
      <TextField
        field={fields.followUpHow}
        label={hints?.how ?? t("agreements.how")}
        hint={hints ? undefined : t("agreements.howHint")}
        type="text"
        autoComplete="off"
      />
    </>
  );
}
