import type { Agreement } from "~/features/agreements/agreement";
import { formatLocalDate, formatWallTime } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";

/** "Hver 14. dag · Opfølgning 1. december 2026 09.00" — the follow-up of an agreement in words. */
export function FollowUpSummary({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!agreement.followUpDate) return <span>{t("agreements.noFollowUp")}</span>;
  const date = formatLocalDate(agreement.followUpDate, locale);
  const when = `${date}${agreement.followUpTime ? ` ${formatWallTime(agreement.followUpTime, locale)}` : ""}`;
  return (
    <span>
      {t(`recurrence.${agreement.recurrence ?? "once"}`)} · {t("agreements.followUpOn", { date: when })}
    </span>
  );
}
