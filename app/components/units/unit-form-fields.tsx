import type { FieldMetadata } from "@conform-to/react";
import { SelectField } from "~/components/form/select-field";
import { TextField } from "~/components/form/text-field";
import { useTranslation } from "~/i18n/translation";

/** A unit's fields, for adding and for editing: its name and the unit it lies under. */
export function UnitFormFields({
  fields,
  parents,
}: {
  fields: { name: FieldMetadata<string | undefined>; parentId: FieldMetadata<string | undefined> };
  /** The units it may lie under, by their whole path. */
  parents: { id: string; path: string }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        field={fields.name}
        label={t("admin.units.name")}
        hint={t("admin.units.nameHint")}
        type="text"
        autoComplete="off"
      />
      <SelectField
        field={fields.parentId}
        label={t("admin.units.parent")}
        options={[
          { value: "", label: t("admin.units.noParent") },
          ...parents.map((parent) => ({ value: parent.id, label: parent.path })),
        ]}
      />
    </>
  );
}
