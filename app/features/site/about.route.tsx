import { getToolContent } from "~/content/get-tool-content";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { localeContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import { InterviewGuide } from "~/ui/tool/interview-guide";
import { InviteStep } from "~/ui/tool/invite-step";
import { KontraktTemplate } from "~/ui/tool/kontrakt-template";
import { ProcessSteps } from "~/ui/tool/process-steps";
import type { Route } from "./+types/about.route";

export const handle: TextsHandle = { texts: ["dialogue"] };

export async function loader({ context }: Route.LoaderArgs) {
  return { tool: getToolContent(context.get(localeContext)) };
}

export default function About({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { tool } = loaderData;
  return (
    <article className="prose">
      <PageTitle title={t("about.title")} />
      <p className="eyebrow">{tool.seriesName}</p>
      <h1>{tool.title}</h1>
      <p className="lead">{t("about.intro")}</p>
      {/* The seed prints these directions as a small heading; said in words, they mean something. */}
      <p className="directions">
        <strong>{tool.directions.join(" · ")}.</strong>{" "}
        {t("about.directionsExplained", { series: tool.seriesName })}
      </p>

      <h2>{t("about.goalTitle")}</h2>
      {tool.goal.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <h2>{t("about.whyTitle")}</h2>
      <p>{tool.why.intro}</p>
      <ul>
        {tool.why.findings.map((finding) => (
          <li key={finding.label}>
            <strong>{finding.label}</strong> {finding.text}
          </li>
        ))}
      </ul>
      <p>
        <strong>{tool.why.focus}</strong>
      </p>
      <p>
        <a href={tool.why.studyUrl}>{t("about.studyLink")}</a>
      </p>

      <h2>{t("about.factsTitle")}</h2>
      <dl className="facts">
        <dt>{t("about.purpose")}</dt>
        <dd>{tool.purpose}</dd>
        <dt>{t("about.targetGroup")}</dt>
        <dd>
          <ul>
            {tool.targetGroup.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </dd>
        <dt>{t("about.time")}</dt>
        <dd>{tool.timeNeeded}</dd>
      </dl>

      <h2>{t("about.stepsTitle")}</h2>
      <ProcessSteps steps={tool.processSteps} />
      <h3>{t("about.importantAgreements")}</h3>
      <ul>
        {tool.importantAgreementExamples.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>

      <h2 id="interviewguide">{t("about.guideTitle")}</h2>
      <InterviewGuide themes={tool.themes} />

      <h2>{tool.kontraktTitle}</h2>
      <KontraktTemplate fields={tool.kontraktFields} />

      <h2>{tool.inviteTitle}</h2>
      <ul>
        {tool.inviteSteps.map((step) => (
          <li key={step.verb}>
            <InviteStep step={step} />
          </li>
        ))}
      </ul>

      <h2>{t("about.usageTitle")}</h2>
      {tool.guidanceIntro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ul className="role-cards">
        {tool.guidanceRoles.map((role) => (
          <li key={role.id} className={role.isMainRole ? "role-card role-card--main" : "role-card"}>
            <h3>{role.title}</h3>
            {role.isMainRole ? <p className="tag">{t("about.mainRole")}</p> : null}
            <p>{role.text}</p>
          </li>
        ))}
      </ul>

      <h2>{t("about.seriesTitle")}</h2>
      <ul className="series">
        {tool.series.map((item) => (
          <li key={item.url}>
            <strong>{item.label}:</strong> <a href={item.url}>{item.title}</a>
            {item.isThisTool ? ` (${t("about.thisTool")})` : null}
          </li>
        ))}
      </ul>

      <h2>{t("about.creditTitle")}</h2>
      <p>{t("about.creditText")}</p>
      <p>
        {tool.title}. {tool.colophon.revised}.
      </p>
      <address>
        {tool.colophon.publisher}
        {tool.colophon.address.map((line) => (
          <span key={line}>
            <br />
            {line}
          </span>
        ))}
      </address>
      <h3>{tool.colophon.steeringGroupTitle}</h3>
      <ul className="comma-list">
        {tool.colophon.steeringGroup.map((member) => (
          <li key={member}>{member}</li>
        ))}
      </ul>
      <p>{tool.colophon.collaboration}</p>
      {tool.colophon.credits.map((credit) => (
        <p key={credit}>{credit}</p>
      ))}
      <p>ISBN: {tool.colophon.isbn}</p>
    </article>
  );
}
