import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { DataDownloadLinks } from "~/features/privacy/data-download-links";
import { deleteAccountSchema } from "~/features/privacy/delete-account.schema";
import { deleteAccount } from "~/features/privacy/delete-account.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import { requireUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/delete-account.route";

export const handle: TextsHandle = { texts: ["forms", "account", "preparation"] };

/** A person deletes their account and everything they wrote; who they held dialogues with is told. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  return { email: user.email };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const submission = parseWithZod(await readFormData(request), { schema: deleteAccountSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (normalizeEmail(submission.value.confirmEmail) !== normalizeEmail(user.email)) {
    return data(
      { result: submission.reply({ fieldErrors: { confirmEmail: ["validation.deleteConfirmMismatch"] } }) },
      { status: 400 },
    );
  }
  const services = context.get(servicesContext);
  await deleteAccount(services, { userId: user.id });
  // The sessions went with the account; the cookie goes too.
  return redirectWithFlash(
    services.config,
    href("/log-ind"),
    [{ key: "deleteAccount.deleted" }],
    new Headers({ "Set-Cookie": await services.sessionCookie.serialize("", { maxAge: 0 }) }),
  );
}

export default function DeleteAccount({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(deleteAccountSchema, actionData?.result);
  return (
    <div className="narrow">
      <PageTitle title={t("deleteAccount.title")} />
      <p>
        <Link to={href("/min-lederdialog")}>{t("deleteAccount.back")}</Link>
      </p>
      <h1>{t("deleteAccount.title")}</h1>
      <p className="lead">{t("deleteAccount.intro")}</p>
      <ul>
        <li>{t("deleteAccount.whatGoes")}</li>
        <li>{t("deleteAccount.othersTold")}</li>
        <li>{t("deleteAccount.noUndo")}</li>
      </ul>
      <DataDownloadLinks />
      <ErrorSummary form={form} fieldOrder={["confirmEmail"]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField
          field={fields.confirmEmail}
          label={t("deleteAccount.confirmLabel")}
          hint={t("deleteAccount.confirmHint", { email: loaderData.email })}
          type="email"
          autoComplete="off"
        />
        <button type="submit" className="button button--danger">
          {t("deleteAccount.submit")}
        </button>
      </Form>
    </div>
  );
}
