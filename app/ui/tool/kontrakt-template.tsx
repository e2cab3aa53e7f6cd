import type { KontraktField } from "~/content/tool-types";
import { useTranslation } from "~/i18n/translation";

/** The agreement template's five fields, each with the seed's filled-in example to open. */
export function KontraktTemplate({ fields }: { fields: KontraktField[] }) {
  const { t } = useTranslation();
  return (
    <ol className="kontrakt-fields">
      {fields.map((field) => (
        <li key={field.id} className="kontrakt-field">
          <h3>
            {field.number}. {field.title}
          </h3>
          <p>{field.question}</p>
          <details>
            <summary>{t("about.exampleTitle")}</summary>
            <ul className="example-lines">
              {field.example.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
