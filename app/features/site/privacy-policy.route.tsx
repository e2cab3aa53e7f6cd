import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PageTitle } from "~/ui/page-title";

export const handle: TextsHandle = { texts: ["publicPages"] };

// Which sections the privacy page has, in order; their texts are in the catalogs (privacy.*).
const SECTIONS = ["stored", "why", "who", "log", "howLong", "cookies", "rights"] as const;

/** "Privatliv": what Lederdialog stores, why, who sees what, and for how long — in plain words. */
export default function Privacy() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <PageTitle title={t("privacy.title")} />
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{t("privacy.intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`privacy.${section}.title`)}</h2>
          <p>{t(`privacy.${section}.text`)}</p>
        </section>
      ))}
    </article>
  );
}
