import { data, Form, Link } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { servicesContext } from "~/.server/context";
import { redirectWithFlash } from "~/.server/http/flash-cookie";
import { readFormData } from "~/.server/http/read-form-data";
import { decodePeopleFile } from "~/.server/organisations/decode-people-file";
import { checkPeopleImport, importPeople } from "~/.server/organisations/import-people";
import { NearestLeaderChanges } from "~/components/admin/nearest-leader-changes";
import { PageTitle } from "~/components/page-title";
import type { FlashNotice } from "~/flash/flash-notice";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import type { Route } from "./+types/admin-import";

export const handle: TextsHandle = { texts: ["leaders", "admin"] };

// CSV import in two steps: the file is read and checked (a preview with every error by line), and
// only a clean file can be imported. The checked text travels with the form, so nothing is stored
// between the steps; the import checks it again. Every change of nearest leader is listed before
// the import, and mailed to those it concerns after it (decision 029).

/** How many changes of nearest leader the preview lists; the count and a note cover the rest. */
const SHOWN_CHANGES = 50;

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireRole(context, request, "admin");
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const { mailer, log } = context.get(servicesContext);
  const form = await readFormData(request);
  const file = form.get("file");
  const csv =
    file instanceof File
      ? decodePeopleFile(new Uint8Array(await file.arrayBuffer()))
      : typeof form.get("csv") === "string"
        ? String(form.get("csv"))
        : "";
  if (csv.trim() === "") return data({ noFile: true as const }, { status: 400 });
  if (form.get("intent") === "import") {
    const result = await importPeople(
      { db, mailer, log },
      { organisationId: user.organisation_id, csv, importedBy: user.id },
    );
    if (result.ok) {
      const notices: FlashNotice[] = [
        { key: "admin.imported", values: { count: result.created + result.updated } },
      ];
      if (result.nearestLeaderChanges > 0) {
        notices.push({ key: "reportingLines.imported", values: { count: result.nearestLeaderChanges } });
      }
      return redirectWithFlash(context.get(servicesContext).config, "/admin", notices);
    }
  }
  const check = await checkPeopleImport(db, { organisationId: user.organisation_id, csv });
  return data(
    {
      csv,
      errors: check.errors,
      warnings: check.warnings,
      preview: check.rows.slice(0, 200),
      total: check.rows.length,
      newCount: check.newCount,
      updateCount: check.updateCount,
      nearestLeaderChanges: check.nearestLeaderChanges.slice(0, SHOWN_CHANGES),
      nearestLeaderChangeCount: check.nearestLeaderChanges.length,
    },
    { status: check.errors.length > 0 ? 422 : 200 },
  );
}

export default function AdminImport({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = actionData && "csv" in actionData ? actionData : undefined;
  return (
    <>
      <PageTitle title={t("admin.import.title")} />
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.import.title")}</h1>
      <p className="lead">{t("admin.import.intro")}</p>
      <p className="form-hint" id="file-hint">
        {t("admin.import.format")}
      </p>
      <Form method="post" encType="multipart/form-data">
        <div className={actionData && "noFile" in actionData ? "form-group form-group--error" : "form-group"}>
          <label className="form-label" htmlFor="people-file">
            {t("admin.import.file")}
          </label>
          {actionData && "noFile" in actionData ? (
            <p className="form-error-message" id="people-file-error">
              {t("admin.import.noFile")}
            </p>
          ) : null}
          <input
            id="people-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="form-input"
            aria-describedby={
              actionData && "noFile" in actionData ? "file-hint people-file-error" : "file-hint"
            }
          />
        </div>
        <button type="submit" name="intent" value="check" className="button button--secondary">
          {t("admin.import.check")}
        </button>
      </Form>

      {result ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t("admin.import.previewTitle")}</h2>
          {result.warnings.length > 0 ? (
            <div className="notice notice--warning">
              <p>{t("admin.import.warningsTitle")}</p>
              <ul>
                {result.warnings.map((warning) => (
                  <li key={warning.value}>
                    {t("admin.import.warning.unknownColumn", { value: warning.value })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {result.errors.length > 0 ? (
            <div className="error-summary" role="alert" tabIndex={-1}>
              <h3>{t("admin.import.errorsTitle", { count: result.errors.length })}</h3>
              <ul>
                {result.errors.map((error) => (
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
              <p>{t("admin.import.nothingImported")}</p>
            </div>
          ) : (
            <Form method="post">
              <p>{t("admin.import.ready", { newCount: result.newCount, updateCount: result.updateCount })}</p>
              <NearestLeaderChanges
                changes={result.nearestLeaderChanges}
                total={result.nearestLeaderChangeCount}
              />
              <input type="hidden" name="csv" value={result.csv} />
              <button type="submit" name="intent" value="import" className="button button--primary">
                {t("admin.import.submit", { count: result.total })}
              </button>
            </Form>
          )}
          {result.preview.length > 0 ? (
            <table className="table">
              <caption>
                {t("admin.import.previewCaption", { shown: result.preview.length, total: result.total })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.import.line")}</th>
                  <th scope="col">{t("admin.name")}</th>
                  <th scope="col">{t("admin.email")}</th>
                  <th scope="col">{t("admin.unit")}</th>
                  <th scope="col">{t("admin.nearestLeader")}</th>
                  <th scope="col">{t("admin.roles")}</th>
                </tr>
              </thead>
              <tbody>
                {result.preview.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <th scope="row">{row.name || "–"}</th>
                    <td>{row.email}</td>
                    <td>{row.unitPath ?? "–"}</td>
                    <td>{row.nearestLeaderEmail ?? "–"}</td>
                    <td>{row.roles.map((role) => t(`admin.role.${role}`)).join(", ") || "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
