import { data, Form, href, Link } from "react-router";
import { decodePeopleFile } from "~/features/organisation/decode-people-file.server";
import { inImportTurn } from "~/features/organisation/import-check-turns.server";
import { checkPeopleImport, importPeople } from "~/features/organisation/import-people.server";
import { ImportPreview } from "~/features/organisation/import-preview";
import {
  dropPeopleUpload,
  findPeopleUpload,
  keepPeopleUpload,
} from "~/features/organisation/people-uploads.server";
import { previewPeopleImport } from "~/features/organisation/preview-people-import.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import type { FlashNotice } from "~/platform/http/flash-notice";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/admin-import.route";

export const handle: TextsHandle = { texts: ["leaders", "admin"] };

// CSV import in two steps: the file is read and checked (a preview with the errors by line), and
// only a clean file can be imported. A clean file waits on the server, sealed, for an hour, found
// by a token in the confirm form (people-uploads.server.ts); the page shows counts and a first page only,
// whatever the file's size (issue 16, decision 044). The import checks it again. Every change of
// nearest leader is listed before the import, and mailed to those it concerns after it (decision 029).

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireRole(context, request, PAGE_ROLES.admin);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  // Its turn first, then the upload: a waiting check holds no file (import-check-turns.server.ts).
  return inImportTurn(() => checkOrImport({ request, context, user, db }));
}

async function checkOrImport({
  request,
  context,
  user,
  db,
}: Pick<Route.ActionArgs, "request" | "context"> &
  Pick<Awaited<ReturnType<typeof requireRole>>, "user" | "db">) {
  const { mailer, log, config } = context.get(servicesContext);
  const form = await readFormData(request);
  const owner = { organisationId: user.organisation_id, userId: user.id };
  if (form.get("intent") === "import") {
    const token = form.get("upload");
    const csv = await findPeopleUpload(db, { ...owner, token });
    // Expired, imported already, or not this administrator's: the same answer, and a way on.
    if (csv === undefined || typeof token !== "string") {
      return data({ fileError: "admin.import.uploadGone" as const }, { status: 400 });
    }
    const result = await importPeople(
      { db, mailer, log },
      { organisationId: user.organisation_id, csv, importedBy: user.id },
    );
    await dropPeopleUpload(db, { ...owner, token });
    if (result.ok) {
      const notices: FlashNotice[] = [
        { key: "admin.imported", values: { count: result.created + result.updated } },
      ];
      if (result.nearestLeaderChanges > 0) {
        notices.push({ key: "reportingLines.imported", values: { count: result.nearestLeaderChanges } });
      }
      return redirectWithFlash(config, href("/admin"), notices);
    }
    // The organisation changed since the check (someone moved in between): what is wrong now.
    const check = await checkPeopleImport(db, { organisationId: user.organisation_id, csv });
    return data({ preview: previewPeopleImport(check), upload: null }, { status: 422 });
  }
  const file = form.get("file");
  const csv = file instanceof File ? decodePeopleFile(new Uint8Array(await file.arrayBuffer())) : "";
  if (csv.trim() === "") return data({ fileError: "admin.import.noFile" as const }, { status: 400 });
  const check = await checkPeopleImport(db, { organisationId: user.organisation_id, csv });
  const isClean = check.errors.length === 0;
  // Only a clean file can be imported, so only a clean file is kept.
  const upload = isClean ? await keepPeopleUpload(db, { ...owner, csv }) : null;
  return data({ preview: previewPeopleImport(check), upload }, { status: isClean ? 200 : 422 });
}

export default function AdminImport({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const fileError = actionData && "fileError" in actionData ? actionData.fileError : undefined;
  return (
    <>
      <PageTitle title={t("admin.import.title")} />
      <p>
        <Link to={href("/admin")}>{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.import.title")}</h1>
      <p className="lead">{t("admin.import.intro")}</p>
      <p className="form-hint" id="file-hint">
        {t("admin.import.format")}
      </p>
      <Form method="post" encType="multipart/form-data">
        <div className={fileError ? "form-group form-group--error" : "form-group"}>
          <label className="form-label" htmlFor="people-file">
            {t("admin.import.file")}
          </label>
          {fileError ? (
            <p className="form-error-message" id="people-file-error">
              {t(fileError)}
            </p>
          ) : null}
          <input
            id="people-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="form-input"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "file-hint people-file-error" : "file-hint"}
          />
        </div>
        <button type="submit" name="intent" value="check" className="button button--secondary">
          {t("admin.import.check")}
        </button>
      </Form>
      {actionData && "preview" in actionData ? (
        <ImportPreview preview={actionData.preview} upload={actionData.upload} />
      ) : null}
    </>
  );
}
