import { Form } from "react-router";
import type { PeopleImportPreview } from "~/features/organisation/preview-people-import.server";
import { useTranslation } from "~/i18n/translation";
import { NearestLeaderChanges } from "./nearest-leader-changes";

/**
 * A checked people file: how many rows are new, changed, unchanged or wrong, then the first page of
 * the errors or of the changes; a clean file's "Importér" posts the token of the file kept on the
 * server, never the file itself (decision 044).
 */
export function ImportPreview({ preview, upload }: { preview: PeopleImportPreview; upload: string | null }) {
  const { t } = useTranslation();
  const { counts } = preview;
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t("admin.import.previewTitle")}</h2>
      <ul className="import-counts" aria-label={t("admin.import.countsLabel")}>
        <li>{t("admin.import.counts.new", { count: counts.new })}</li>
        <li>{t("admin.import.counts.changed", { count: counts.changed })}</li>
        <li>{t("admin.import.counts.unchanged", { count: counts.unchanged })}</li>
        <li>{t("admin.import.counts.errors", { count: counts.errors })}</li>
      </ul>
      {preview.warnings.length > 0 ? (
        <div className="notice notice--warning">
          <p>{t("admin.import.warningsTitle")}</p>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning.value}>{t("admin.import.warning.unknownColumn", { value: warning.value })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {counts.errors > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h3>{t("admin.import.errorsTitle", { count: counts.errors })}</h3>
          <ul>
            {preview.errors.map((error) => (
              <li key={`${error.line}-${error.kind}-${error.value ?? ""}`}>
                {error.line > 0
                  ? t("admin.import.errorOnLine", {
                      line: error.line,
                      error: t(`admin.import.error.${error.kind}`, { value: error.value ?? "" }),
                    })
                  : t(`admin.import.error.${error.kind}`, { value: error.value ?? "" })}
              </li>
            ))}
          </ul>
          {counts.errors > preview.errors.length ? (
            <p>{t("admin.import.moreErrors", { shown: preview.errors.length, count: counts.errors })}</p>
          ) : null}
          <p>{t("admin.import.nothingImported")}</p>
        </div>
      ) : upload ? (
        <Form method="post">
          <p>
            {t("admin.import.ready", {
              newCount: counts.new,
              updateCount: counts.changed + counts.unchanged,
            })}
          </p>
          <NearestLeaderChanges
            changes={preview.nearestLeaderChanges}
            total={preview.nearestLeaderChangeCount}
          />
          <p className="form-hint">{t("admin.import.keptFor")}</p>
          <input type="hidden" name="upload" value={upload} />
          <button type="submit" name="intent" value="import" className="button button--primary">
            {t("admin.import.submit", { count: preview.total })}
          </button>
        </Form>
      ) : null}
      {preview.changes.length > 0 ? <ChangedRows preview={preview} /> : null}
    </section>
  );
}

/** The first page of the rows that add or change someone; unchanged rows are only counted. */
function ChangedRows({ preview }: { preview: PeopleImportPreview }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>
          {t("admin.import.changesCaption", {
            shown: preview.changes.length,
            total: preview.counts.new + preview.counts.changed,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.import.line")}</th>
            <th scope="col">{t("admin.import.kind")}</th>
            <th scope="col">{t("admin.name")}</th>
            <th scope="col">{t("admin.email")}</th>
            <th scope="col">{t("admin.unit")}</th>
            <th scope="col">{t("admin.nearestLeader")}</th>
            <th scope="col">{t("admin.roles")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.changes.map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{t(`admin.import.rowKind.${row.kind}`)}</td>
              <th scope="row">{row.name || "–"}</th>
              <td>{row.email}</td>
              <td>{row.unitPath ?? "–"}</td>
              <td>{row.nearestLeaderEmail ?? "–"}</td>
              <td>{row.roles.map((role) => t(`admin.role.${role}`)).join(", ") || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
