import { data, href, Link } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import { listAgreements } from "~/features/agreements/agreements.server";
import { FollowUpSummary } from "~/features/agreements/follow-up-summary";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { findOwnCycle } from "~/features/cycles/cycles.server";
import { type KontraktTextField, kontraktTextKey } from "~/features/cycles/text-keys";
import { formatDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { requireUser } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { isUuid } from "~/platform/http/is-uuid.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/archived-cycle.route";

export const handle: TextsHandle = { texts: ["preparation", "agreements"] };

/** An earlier cycle, read-only: its kontrakt and agreements stay as history. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  if (!isUuid(params.cycleId)) throw data(null, { status: 404 });
  const cycle = await findOwnCycle(db, { cycleId: params.cycleId, userId: user.id });
  if (cycle?.status !== "archived") throw data(null, { status: 404 });
  const locale = context.get(localeContext);
  const [texts, agreements] = await Promise.all([findCycleTexts(db, cycle.id), listAgreements(db, cycle.id)]);
  return {
    from: formatDate(new Date(cycle.created_at), locale),
    to: formatDate(new Date(cycle.archived_at ?? cycle.updated_at), locale),
    fields: getToolContent(locale).kontraktFields,
    texts: Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.body])),
    agreements,
  };
}

export default function ArchivedCycle({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <PageTitle title={t("cycles.archivedTitle")} />
      <h1>{t("cycles.archivedOn", { from: loaderData.from, to: loaderData.to })}</h1>
      <p className="notice">{t("cycles.readOnly")}</p>
      {loaderData.fields.map((field) => {
        const kind = field.id === "agreementsWithSelf" ? "self" : "leader";
        return (
          <section key={field.id}>
            <h2>
              {field.number}. {field.title}
            </h2>
            <p className="kontrakt-section__question">{field.question}</p>
            {field.isAgreementList ? (
              <ul>
                {loaderData.agreements
                  .filter((agreement) => agreement.kind === kind)
                  .map((agreement) => (
                    <li key={agreement.id}>
                      {agreement.text}{" "}
                      <span className="agreement__meta">
                        (<FollowUpSummary agreement={agreement} />)
                      </span>
                    </li>
                  ))}
              </ul>
            ) : (
              <p className="preserve-lines">
                {loaderData.texts[kontraktTextKey(field.id as KontraktTextField)] ?? ""}
              </p>
            )}
          </section>
        );
      })}
      <p>
        <Link to={href("/min-lederdialog")}>{t("home.title")}</Link>
      </p>
    </article>
  );
}
