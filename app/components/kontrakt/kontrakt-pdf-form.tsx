import type { KontraktField } from "~/content/tool-types";
import { useTranslation } from "~/i18n/translation";

/**
 * Download the kontrakt as a PDF, leaving out the parts the leader does not want on paper. A plain
 * GET form: the choices are in the URL and nothing is stored.
 */
export function KontraktPdfForm({ fields }: { fields: KontraktField[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pdf-title" className="panel no-print">
      <h2 id="pdf-title">{t("kontrakt.pdfTitle")}</h2>
      <form method="get" action="/min-lederdialog/kontrakt.pdf">
        <fieldset className="fieldset">
          <legend>{t("kontrakt.pdfIntro")}</legend>
          {fields.map((field) => (
            <div key={field.id} className="checkbox">
              <input type="checkbox" id={`udelad-${field.id}`} name="udelad" value={field.id} />
              <label htmlFor={`udelad-${field.id}`}>
                {t("kontrakt.omitLabel")}: {field.number}. {field.title}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary">
          {t("kontrakt.downloadPdf")}
        </button>
      </form>
    </section>
  );
}
