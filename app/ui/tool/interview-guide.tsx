import type { InterviewTheme } from "~/content/tool-types";
import { useTranslation } from "~/i18n/translation";

/** The interview guide's three themes: main question, then support questions, in the seed's words. */
export function InterviewGuide({
  themes,
  headingLevel = 3,
}: {
  themes: InterviewTheme[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="theme-list">
      {themes.map((theme) => (
        <li key={theme.id} className="theme">
          <Heading className="theme__title">
            <span className="theme__number">{theme.number}.</span> {theme.title}
          </Heading>
          <p className="theme__question">{theme.mainQuestion}</p>
          <details className="theme__support">
            <summary>{t("about.supportQuestions")}</summary>
            <ul>
              {theme.supportQuestions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
