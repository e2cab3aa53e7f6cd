import { href, Link } from "react-router";
import { joinLead } from "~/content/get-tool-content";
import type { ToolContent } from "~/content/tool-types";
import { useTranslation } from "~/i18n/translation";

/** The interview guide's questions on the public page about the tool: anyone can be shown them. */
export const QUESTIONS_HREF = `${href("/om-vaerktoejet")}#interviewguide`;

// The seed's step points at its PDF's pages ("(slide 10-11)", "(slides 10–11)"). The tool's words
// stay as the seed has them in app/content; only this pointer is drawn as a link to the questions
// in the app (issue 15).
const SLIDE_REFERENCE = /\s*\(slides? 10[-–]11\)/;

/** One of the seed's "invite your leader" steps: its verb in bold, then its text. */
export function InviteStep({ step }: { step: ToolContent["inviteSteps"][number] }) {
  const { t } = useTranslation();
  const text = joinLead("", step.text);
  const reference = SLIDE_REFERENCE.exec(text);
  return (
    <>
      <strong>{step.verb}</strong>
      {reference ? (
        <>
          {text.slice(0, reference.index)} (<Link to={QUESTIONS_HREF}>{t("about.questionsLink")}</Link>)
          {text.slice(reference.index + reference[0].length)}
        </>
      ) : (
        text
      )}
    </>
  );
}
