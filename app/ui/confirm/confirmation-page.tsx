import { Form, Link } from "react-router";
import { useTranslation } from "~/i18n/translation";
import { CONFIRMED_FIELD, CONFIRMED_VALUE, type Confirmation } from "~/platform/http/confirmation";
import { PageTitle } from "../page-title";

/**
 * The page an unconfirmed post of an irreversible action answers with (`askToConfirm`): what will
 * happen, a "Ja, …" button that posts the same fields again with `confirmed=yes`, and a way back.
 * Without JavaScript this is the confirmation; with it, the roll-out's preview.
 */
export function ConfirmationPage({
  confirmation,
  title,
  yesLabel,
  cancelTo,
  children,
}: {
  confirmation: Confirmation;
  title: string;
  /** Without it the page only explains (nothing to confirm, e.g. no leader to mail). */
  yesLabel: string | null;
  cancelTo: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {children}
      <Form method="post" className="button-row confirmation__actions">
        {confirmation.fields.map(([name, value], index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a form may post one name twice; order is all there is
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        {yesLabel ? (
          <button
            type="submit"
            name={CONFIRMED_FIELD}
            value={CONFIRMED_VALUE}
            className="button button--primary"
          >
            {yesLabel}
          </button>
        ) : null}
        <Link className="button button--secondary" to={cancelTo}>
          {t("confirm.cancel")}
        </Link>
      </Form>
    </div>
  );
}
