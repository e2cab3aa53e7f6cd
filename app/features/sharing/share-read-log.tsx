import { formatDateTime } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";

/** The leader's own view of who read what they share, and when (one line per reader, page and day). */
export function ShareReadLog({
  reads,
}: {
  reads: { readerName: string; page: "preparation" | "meeting"; lastReadAt: string }[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="reads-title">
      <h3 id="reads-title">{t("dialogue.readsTitle")}</h3>
      {reads.length === 0 ? (
        <p className="form-hint">{t("dialogue.readsEmpty")}</p>
      ) : (
        <ul>
          {reads.map((read) => (
            <li key={`${read.readerName}-${read.page}-${read.lastReadAt}`}>
              {t("dialogue.readItem", {
                name: read.readerName,
                page: t(`dialogue.readPage.${read.page}`),
                when: formatDateTime(new Date(read.lastReadAt), locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
