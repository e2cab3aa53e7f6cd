import { Link } from "react-router";
import { localeContext } from "~/.server/context";
import { requireDialogue } from "~/.server/dialogues/require-dialogue";
import { loadSharedKontrakt } from "~/.server/sharing/load-shared-kontrakt";
import { logShareRead } from "~/.server/sharing/share-reads";
import { SharedKontraktView } from "~/components/dialogue/shared-kontrakt-view";
import { PageTitle } from "~/components/page-title";
import { InterviewGuide } from "~/components/tool/interview-guide";
import { getToolContent } from "~/content/get-tool-content";
import { formatLocalDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import type { Route } from "./+types/nearest-leader-prepare";

/**
 * The nearest leader's preparation page: the tool explained for them, the questions, and exactly
 * what the leader shared (the same function as the leader's preview) — nothing else.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db, dialogue, leaderName, user } = await requireDialogue(
    context,
    request,
    params.dialogueId,
    "nearestLeader",
  );
  await logShareRead(db, {
    cycleId: dialogue.cycle_id,
    organisationId: dialogue.organisation_id,
    readerId: user.id,
    page: "preparation",
  });
  const locale = context.get(localeContext);
  const tool = getToolContent(locale);
  return {
    dialogueId: dialogue.id,
    leaderName,
    startsOn: dialogue.starts_on,
    startsAt: dialogue.starts_at,
    location: dialogue.location,
    purpose: tool.purpose,
    timeNeeded: tool.timeNeeded,
    leadersOfLeaders: tool.guidanceRoles.find((role) => role.id === "leadersOfLeaders")?.text ?? "",
    dialogueStep: tool.processSteps[2],
    themes: tool.themes,
    shared: await loadSharedKontrakt(db, { cycleId: dialogue.cycle_id, locale }),
  };
}

export default function NearestLeaderPrepare({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = loaderData.leaderName;
  return (
    <article className="prose">
      <PageTitle title={t("nearestLeader.title", { name })} />
      <h1>{t("nearestLeader.title", { name })}</h1>
      <p className="lead">{t("nearestLeader.intro", { name })}</p>
      <p className="panel">
        <strong>
          {t("nearestLeader.when", {
            date: formatLocalDate(loaderData.startsOn, locale),
            time: loaderData.startsAt,
            location: loaderData.location,
          })}
        </strong>
        <br />
        <Link to={`/dialog/${loaderData.dialogueId}`}>{t("meeting.open")}</Link>
      </p>

      <section aria-labelledby="about-title">
        <h2 id="about-title">{t("nearestLeader.aboutTool")}</h2>
        <p>
          {t("nearestLeader.purposeAndTime", { purpose: loaderData.purpose, time: loaderData.timeNeeded })}
        </p>
        {loaderData.dialogueStep ? (
          <p>
            <strong>{loaderData.dialogueStep.title}.</strong> {loaderData.dialogueStep.text}
          </p>
        ) : null}
        <p>{loaderData.leadersOfLeaders}</p>
        <p>
          <Link to="/om-vaerktoejet">{t("nearestLeader.moreAboutTool")}</Link>
        </p>
      </section>

      <section aria-labelledby="shared-title">
        <h2 id="shared-title">{t("nearestLeader.sharedTitle", { name })}</h2>
        <SharedKontraktView
          points={loaderData.shared.points}
          fields={loaderData.shared.fields}
          headingLevel={3}
        />
      </section>

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t("nearestLeader.questionsTitle", { name })}</h2>
        <InterviewGuide themes={loaderData.themes} headingLevel={3} />
      </section>
    </article>
  );
}
