import { useTranslation } from "react-i18next";
import { requireUser } from "~/.server/auth/require-user";
import { localeContext } from "~/.server/context";
import { PageTitle } from "~/components/page-title";
import { StepIndicator } from "~/components/step-indicator";
import { InterviewGuide } from "~/components/tool/interview-guide";
import { getToolContent } from "~/content/get-tool-content";
import type { Route } from "./+types/my-dialogue";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const tool = getToolContent(context.get(localeContext));
  return { name: user.name, themes: tool.themes };
}

/** "Min lederdialog": the signed-in leader's home. The steps themselves arrive with issue #3. */
export default function MyDialogue({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("home.title")} />
      <h1>{t("home.welcome", { name: loaderData.name })}</h1>
      <StepIndicator current={1} />
      <p className="lead">{t("home.intro")}</p>
      <section aria-labelledby="next-title" className="panel">
        <h2 id="next-title">{t("home.nextTitle")}</h2>
        <p>{t("home.nextText")}</p>
      </section>
      <section aria-labelledby="guide-title">
        <h2 id="guide-title">{t("home.guidePreviewTitle")}</h2>
        <InterviewGuide themes={loaderData.themes} />
      </section>
    </>
  );
}
