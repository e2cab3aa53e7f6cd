import { Form } from "react-router";
import { useTranslation } from "~/i18n/translation";
import type { DomainCheckResult } from "~/platform/db/tables/sso.table";

export interface EmailDomainView {
  domain: string;
  isVerified: boolean;
  verifiedAt: string | null;
  checkedAt: string | null;
  checkResult: DomainCheckResult | null;
  recordName: string;
  recordValue: string;
}

/**
 * One of the organisation's domains: proven, or pending with the DNS record to create and "check
 * now". Each button is its own small form, so all of it works without JavaScript.
 */
export function EmailDomainCard({
  view,
  index,
}: {
  view: EmailDomainView;
  /** Its place on the page, for a heading id that no domain's characters can make twice. */
  index: number;
}) {
  const { t } = useTranslation();
  const headingId = `email-domain-${index}`;
  return (
    <section className="panel email-domain" aria-labelledby={headingId}>
      <h3 id={headingId}>{view.domain}</h3>
      <p>
        <span className={view.isVerified ? "tag tag--verified" : "tag tag--pending"}>
          {view.isVerified ? t("domains.stateVerified") : t("domains.statePending")}
        </span>
        {view.verifiedAt ? ` ${t("domains.verifiedAt", { date: view.verifiedAt })}` : null}
      </p>
      {view.isVerified ? null : (
        <>
          <p>{t("domains.howTo")}</p>
          <dl className="facts email-domain__record">
            <dt>{t("domains.recordType")}</dt>
            <dd>
              <code>TXT</code>
            </dd>
            <dt>{t("domains.recordName")}</dt>
            <dd>
              <code>{view.recordName}</code> {t("domains.recordNameOr")}
            </dd>
            <dt>{t("domains.recordValue")}</dt>
            <dd>
              <code>{view.recordValue}</code>
            </dd>
          </dl>
          <p className="form-hint">{t("domains.howToAfter")}</p>
        </>
      )}
      {view.checkedAt && view.checkResult ? (
        <p>
          {t("domains.lastChecked", { date: view.checkedAt })}{" "}
          <strong>{t(`domains.result.${view.checkResult}`)}</strong>
        </p>
      ) : null}
      <div className="button-row">
        {view.isVerified ? null : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="check" />
            <input type="hidden" name="domain" value={view.domain} />
            <button type="submit" className="button button--primary">
              {t("domains.check")}
              <span className="sr-only"> {view.domain}</span>
            </button>
          </Form>
        )}
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="domain" value={view.domain} />
          <button type="submit" className="button button--secondary">
            {t("domains.remove")}
            <span className="sr-only"> {view.domain}</span>
          </button>
        </Form>
      </div>
    </section>
  );
}
