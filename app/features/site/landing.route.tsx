import { href, Link } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getOptionalUser } from "~/platform/auth/require-user.server";
import { localeContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import { ProcessSteps } from "~/ui/tool/process-steps";
import type { Route } from "./+types/landing.route";

export const handle: TextsHandle = { texts: ["publicPages"] };

export async function loader({ context }: Route.LoaderArgs) {
  const tool = getToolContent(context.get(localeContext));
  return {
    isSignedIn: getOptionalUser(context) !== null,
    tool: {
      title: tool.title,
      tagline: tool.tagline,
      processSteps: tool.processSteps,
      targetGroup: tool.targetGroup,
      timeNeeded: tool.timeNeeded,
      quotes: tool.quotes.slice(0, 3),
    },
  };
}

export default function Landing({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { tool, isSignedIn } = loaderData;
  return (
    <>
      <PageTitle title={t("landing.title")} />
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">{tool.title}</p>
        <h1 id="hero-title">{t("landing.title")}</h1>
        <p className="lead">{t("landing.lead")}</p>
        <p className="button-row">
          <Link
            className="button button--primary"
            to={isSignedIn ? href("/min-lederdialog") : href("/opret-konto")}
          >
            {t("landing.start")}
          </Link>
          {isSignedIn ? null : (
            <Link className="button button--secondary" to={href("/log-ind")}>
              {t("landing.signIn")}
            </Link>
          )}
        </p>
        <p className="privacy-note">{t("landing.privacy")}</p>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t("landing.stepsTitle")}</h2>
        <ProcessSteps steps={tool.processSteps}>
          <li>
            <h3>{t("steps.followUp")}</h3>
            <p>{t("landing.followUpText")}</p>
          </li>
        </ProcessSteps>
      </section>

      <div className="two-columns">
        <section aria-labelledby="who-title">
          <h2 id="who-title">{t("landing.whoTitle")}</h2>
          <ul>
            {tool.targetGroup.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="time-title">
          <h2 id="time-title">{t("landing.timeTitle")}</h2>
          <p>{tool.timeNeeded}</p>
        </section>
      </div>

      <section aria-labelledby="quotes-title">
        <h2 id="quotes-title">{t("landing.quotesTitle")}</h2>
        <div className="quotes">
          {tool.quotes.map((quote) => (
            <figure key={quote.heading} className="quote">
              <blockquote>
                <p className="quote__heading">{quote.heading}</p>
                <p>{quote.text}</p>
              </blockquote>
              <figcaption>{quote.source}</figcaption>
            </figure>
          ))}
        </div>
        <p>
          <Link to={href("/om-vaerktoejet")}>{t("landing.aboutLink")}</Link>
        </p>
      </section>
    </>
  );
}
