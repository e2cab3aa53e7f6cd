import { href, Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

interface Addressee {
  name: string;
  email: string;
}

/**
 * Says whose address the invitation form holds when the organisation's reporting line names someone
 * other than the nearest leader who holds the dialogue: the current one is named, the other is a
 * visible suggestion (a link that fills in their address), never put in silently (decision 029).
 */
export function InviteAddresseeNotice({
  current,
  suggested,
  isUsingSuggested,
}: {
  current: Addressee | null;
  suggested: Addressee | null;
  isUsingSuggested: boolean;
}) {
  const { t } = useTranslation();
  if (!suggested) return null;
  if (!current) {
    return (
      <p className="notice">{t("reportingLines.inviteFromOrganisation", { suggested: suggested.name })}</p>
    );
  }
  const names = { current: current.name, suggested: suggested.name, suggestedEmail: suggested.email };
  return isUsingSuggested ? (
    <div className="notice">
      <p>{t("reportingLines.inviteUsingSuggested", names)}</p>
      <p>
        <Link to={`${href("/min-lederdialog/dialog")}#invitation`}>
          {t("reportingLines.inviteKeepCurrent", names)}
        </Link>
      </p>
    </div>
  ) : (
    <div className="notice">
      <p>{t("reportingLines.inviteSuggested", names)}</p>
      <p>
        <Link to={`${href("/min-lederdialog/dialog")}?naermeste=organisation#invitation`}>
          {t("reportingLines.inviteUseSuggested", names)}
        </Link>
      </p>
    </div>
  );
}
