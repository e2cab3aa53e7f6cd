import { data, href, Link } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { savePostedTexts } from "~/features/cycles/save-posted-texts.server";
import { nearestLeaderNoteKey } from "~/features/cycles/text-keys";
import { PrivateNotes } from "~/features/dialogue/private-notes";
import { requireDialogue } from "~/features/dialogue/require-dialogue.server";
import { ThinkAbout } from "~/features/dialogue/think-about";
import { loadSharedKontrakt } from "~/features/sharing/load-shared-kontrakt.server";
import { logShareRead } from "~/features/sharing/share-reads.server";
import { SharedKontraktView } from "~/features/sharing/shared-kontrakt-view";
import { formatLocalDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageTitle } from "~/ui/page-title";
import { InterviewGuide } from "~/ui/tool/interview-guide";
import type { Route } from "./+types/nearest-leader-prepare.route";

export const handle: TextsHandle = { texts: ["forms", "agreements", "dialogue"] };

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
  // His own notes live in his own cycle: read by his id, so she can never see them.
  const ownCycle = await ensureActiveCycle(db, user);
  const noteKey = nearestLeaderNoteKey(dialogue.id);
  const ownTexts = await findCycleTexts(db, ownCycle.id);
  return {
    notes: { cycleId: ownCycle.id, key: noteKey, body: ownTexts[noteKey]?.body ?? "" },
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

/** Without JavaScript the notes' form posts here: saved into his own cycle, then back to the page. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { db, dialogue, user } = await requireDialogue(context, request, params.dialogueId, "nearestLeader");
  const form = await readFormData(request);
  // Only this dialogue's notes key: the form cannot write any other of his texts from here.
  const noteKey = nearestLeaderNoteKey(dialogue.id);
  const key = `text:${noteKey}`;
  const body = form.get(key);
  if (typeof body !== "string") throw data({ error: "validation.formInvalid" }, { status: 400 });
  const only = new FormData();
  only.set(key, body);
  const { isTooLong } = await savePostedTexts(db, {
    cycle: await ensureActiveCycle(db, user),
    form: only,
    nearestLeaderNoteKey: noteKey,
  });
  // Too long: nothing is saved, and what he typed comes back to the field.
  if (isTooLong) return data({ notesTooLong: true, body }, { status: 413 });
  return redirectWithFlash(context.get(servicesContext).config, `/naermeste-leder/${dialogue.id}#noter`, [
    { key: "nearestLeader.notesSaved", at: "noter" },
  ]);
}

export default function NearestLeaderPrepare({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = loaderData.leaderName;
  return (
    <article className="prose">
      <PageTitle title={t("nearestLeader.title", { name })} />
      <h1>{t("nearestLeader.title", { name })}</h1>
      {/* Her words and his own notes first; the tool explained for him last (decision 043). */}
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
        <Link to={href("/dialog/:dialogueId", { dialogueId: loaderData.dialogueId })}>
          {t("meeting.open")}
        </Link>
      </p>

      <section aria-labelledby="shared-title">
        <h2 id="shared-title">{t("nearestLeader.sharedTitle", { name })}</h2>
        <SharedKontraktView
          points={loaderData.shared.points}
          fields={loaderData.shared.fields}
          headingLevel={3}
          leaderName={name}
        />
      </section>

      <ThinkAbout leaderName={name} />

      <PrivateNotes
        cycleId={loaderData.notes.cycleId}
        textKey={loaderData.notes.key}
        body={actionData?.body ?? loaderData.notes.body}
        leaderName={name}
        isTooLong={actionData?.notesTooLong ?? false}
      />

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t("nearestLeader.questionsTitle", { name })}</h2>
        <InterviewGuide themes={loaderData.themes} headingLevel={3} />
      </section>

      <section aria-labelledby="about-title">
        <h2 id="about-title">{t("nearestLeader.aboutTool")}</h2>
        <p>
          {t("nearestLeader.purposeAndTime", { purpose: loaderData.purpose, time: loaderData.timeNeeded })}
        </p>
        {/* The tool's step 3 as the tool has it, its title over its text: run together in one
            paragraph the two sentences read as one said twice (review of issue 15). */}
        {loaderData.dialogueStep ? (
          <>
            <h3>{loaderData.dialogueStep.title}</h3>
            <p>{loaderData.dialogueStep.text}</p>
          </>
        ) : null}
        <p>{loaderData.leadersOfLeaders}</p>
        <p>
          <Link to={href("/om-vaerktoejet")}>{t("nearestLeader.moreAboutTool")}</Link>
        </p>
      </section>
    </article>
  );
}
