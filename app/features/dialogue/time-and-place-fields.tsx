import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "~/i18n/translation";
import { TextField } from "~/ui/form/text-field";

/** When (Danish date and time) and where a dialogue is: for the invitation and for follow-ups. */
export function TimeAndPlaceFields({
  fields,
  dateLabel,
}: {
  fields: {
    date: FieldMetadata<string | undefined>;
    time: FieldMetadata<string | undefined>;
    location: FieldMetadata<string | undefined>;
  };
  dateLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField field={fields.date} label={dateLabel} type="date" autoComplete="off" isShort />
      <TextField field={fields.time} label={t("invite.time")} type="time" autoComplete="off" isShort />
      <TextField
        field={fields.location}
        label={t("invite.location")}
        hint={t("invite.locationHint")}
        type="text"
        autoComplete="off"
      />
    </>
  );
}
