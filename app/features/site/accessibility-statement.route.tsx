import { formatDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { localeContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/accessibility-statement.route";

export const handle: TextsHandle = { texts: ["publicPages"] };

/** The date this statement's content was last reviewed; change it when the text changes. */
const STATEMENT_UPDATED = new Date("2026-11-28T12:00:00Z");

export async function loader({ context }: Route.LoaderArgs) {
  return { updated: formatDate(STATEMENT_UPDATED, context.get(localeContext)) };
}

export default function AccessibilityStatement({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <PageTitle title={t("accessibility.title")} />
      <h1>{t("accessibility.title")}</h1>
      <p className="lead">{t("accessibility.intro")}</p>
      <h2>{t("accessibility.statusTitle")}</h2>
      <p>{t("accessibility.status")}</p>
      <h2>{t("accessibility.knownTitle")}</h2>
      <p>{t("accessibility.known")}</p>
      <h2>{t("accessibility.contactTitle")}</h2>
      <p>{t("accessibility.contact")}</p>
      <h2>{t("accessibility.complaintTitle")}</h2>
      <p>{t("accessibility.complaint")}</p>
      <p>{t("accessibility.updated", { date: loaderData.updated })}</p>
    </article>
  );
}
