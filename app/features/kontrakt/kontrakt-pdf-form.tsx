import { href } from "react-router";
import type { KontraktField } from "~/content/tool-types";
import { useTranslation } from "~/i18n/translation";

/**
 * Download the kontrakt as a PDF, leaving out the parts the leader does not want on paper. A plain
 * GET form: the choices are in the URL and nothing is stored.
 */
export function KontraktPdfForm({ fields }: { fields: KontraktField[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pdf-title" className="kontrakt-pdf no-print">
      <h2 id="pdf-title">{t("kontrakt.pdfTitle")}</h2>
      <form method="get" action={href("/min-lederdialog/kontrakt.pdf")}>
        <button type="submit" className="button button--primary">
          {t("kontrakt.downloadPdf")}
        </button>
        {/* Leaving parts out is the exception: folded until wanted (issue 15, item 8). */}
        <details className="pdf-omit">
          <summary>{t("kontrakt.pdfOmitSummary")}</summary>
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
        </details>
      </form>
    </section>
  );
}
