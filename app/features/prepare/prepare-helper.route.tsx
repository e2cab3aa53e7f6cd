import { href, Link } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { requireUser } from "~/platform/auth/require-user.server";
import { localeContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/prepare-helper.route";

export const handle: TextsHandle = { texts: ["preparation"] };

/**
 * Helper mode ("eller beder en om at hjælpe sig"): a clean, printable view of the questions in order
 * for the person who interviews the leader. It shows no notes: those stay the leader's.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const tool = getToolContent(context.get(localeContext));
  return { leaderName: user.name, themes: tool.themes, expectationSides: tool.expectationSides };
}

export default function PrepareHelper({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <article className="prose helper-view">
      <PageTitle title={t("helper.title")} />
      <h1>{t("helper.title")}</h1>
      <p className="lead">{t("helper.intro", { name: loaderData.leaderName })}</p>
      <p className="no-print">{t("helper.print")}</p>
      {loaderData.themes.map((theme, index) => (
        <section key={theme.id} aria-labelledby={`helper-theme-${theme.id}`}>
          <h2 id={`helper-theme-${theme.id}`}>
            {theme.number}. {theme.title}
          </h2>
          <p className="theme__question">{theme.mainQuestion}</p>
          {index === 0 ? (
            <>
              <h3>{t("prepare.wholeWayTitle")}</h3>
              <ul>
                {loaderData.expectationSides.map((side) => (
                  <li key={side.id}>{side.prompt}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t("prepare.supportTitle")}</h3>
          <ol>
            {theme.supportQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </section>
      ))}
      <p className="no-print">
        <Link to={href("/min-lederdialog/forbered")}>{t("helper.back")}</Link>
      </p>
    </article>
  );
}
