import { useTranslation } from "~/i18n/translation";

interface PersonRef {
  name: string;
  email: string;
}

export interface NearestLeaderChangeView {
  line: number;
  person: PersonRef;
  from: PersonRef | null;
  to: PersonRef | null;
}

/**
 * The import preview's list of every change of nearest leader, before anything is applied
 * (issue 13, finding 10). Bounded: the first ones, the count, and a note about the rest.
 */
export function NearestLeaderChanges({
  changes,
  total,
}: {
  changes: NearestLeaderChangeView[];
  total: number;
}) {
  const { t } = useTranslation();
  const who = (person: PersonRef | null) =>
    person ? `${person.name} (${person.email})` : t("reportingLines.nobody");
  return (
    <section aria-labelledby="nearest-leader-changes-title" className="panel">
      <h3 id="nearest-leader-changes-title">{t("reportingLines.previewTitle")}</h3>
      {total === 0 ? (
        <p>{t("reportingLines.previewNone")}</p>
      ) : (
        <>
          <p>{t("reportingLines.previewIntro", { count: total })}</p>
          <ul className="change-list">
            {changes.map((change) => (
              <li key={change.line}>
                {t("reportingLines.change", {
                  line: change.line,
                  person: who(change.person),
                  from: who(change.from),
                  to: who(change.to),
                })}
              </li>
            ))}
          </ul>
          {total > changes.length ? (
            <p>
              {t("reportingLines.previewShown", { shown: changes.length, total })}{" "}
              {t("reportingLines.previewMore", { count: total - changes.length })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
