import { Form, href, Link } from "react-router";
import type { Agreement } from "~/features/agreements/agreement";
import { useTranslation } from "~/i18n/translation";
import { FollowUpSummary } from "./follow-up-summary";

const STATUS_KEYS = {
  active: "agreements.statusActive",
  completed: "agreements.statusCompleted",
  dropped: "agreements.statusDropped",
} as const;

/** The agreements of one kind, in the leader's order, each with its follow-up and actions. */
export function AgreementList({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  if (agreements.length === 0) return <p className="form-hint">{t("agreements.empty")}</p>;
  return (
    <ol className="agreement-list">
      {agreements.map((agreement, index) => (
        <li key={agreement.id} className={`agreement agreement--${agreement.status}`}>
          <p className="agreement__text">{agreement.text}</p>
          {/* The follow-up and the actions share a line: the kontrakt page fits (issue 15, item 8). */}
          <div className="agreement__details">
            <p className="agreement__meta">
              <FollowUpSummary agreement={agreement} />
              {agreement.followUpHow ? ` · ${agreement.followUpHow}` : null}
              {agreement.status === "active" ? null : ` · ${t(STATUS_KEYS[agreement.status])}`}
            </p>
            {/* Links read in the context of their list item (WCAG 2.4.4), which names the agreement. */}
            <div className="agreement__actions">
              <Link to={href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id })}>
                {t("agreements.edit")}
              </Link>
              {agreement.followUpDate ? (
                <a
                  href={href("/min-lederdialog/aftaler/:agreementId/kalender.ics", {
                    agreementId: agreement.id,
                  })}
                  download
                >
                  {t("agreements.calendar")}
                </a>
              ) : null}
              <Link
                to={`${href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id })}#afkrydsning`}
              >
                {t("agreements.tickOff")}
              </Link>
              <Form
                method="post"
                action={href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id })}
                className="inline-form"
              >
                {index > 0 ? (
                  <button type="submit" name="intent" value="moveUp" className="button button--link">
                    {t("agreements.moveUp")}
                  </button>
                ) : null}{" "}
                {index < agreements.length - 1 ? (
                  <button type="submit" name="intent" value="moveDown" className="button button--link">
                    {t("agreements.moveDown")}
                  </button>
                ) : null}
              </Form>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
