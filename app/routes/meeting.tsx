import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { agreementFieldsFromInput } from "~/.server/agreements/agreement-fields-from-input";
import { createAgreement, setAgreementStatus } from "~/.server/agreements/agreements";
import { servicesContext } from "~/.server/context";
import { findCycleTexts } from "~/.server/cycles/cycle-texts";
import { bookAndSendFollowUps } from "~/.server/dialogues/book-and-send-follow-ups";
import { addAgendaItem, setAgendaItemStatus, startDialogue } from "~/.server/dialogues/dialogue-agenda";
import { saveDialogueNotes } from "~/.server/dialogues/dialogue-notes";
import { loadMeeting, loadMeetingAgreements } from "~/.server/dialogues/load-meeting";
import { markDialogueHeld } from "~/.server/dialogues/mark-dialogue-held";
import { requireDialogue } from "~/.server/dialogues/require-dialogue";
import { readFormData } from "~/.server/http/read-form-data";
import { logShareRead } from "~/.server/sharing/share-reads";
import { AgendaSection } from "~/components/meeting/agenda-section";
import { DialogueHistory } from "~/components/meeting/dialogue-history";
import { FollowUpSection } from "~/components/meeting/follow-up-section";
import { HeldStatus } from "~/components/meeting/held-status";
import { MeetingAgreements } from "~/components/meeting/meeting-agreements";
import { MeetingGuide } from "~/components/meeting/meeting-guide";
import { MeetingNotes } from "~/components/meeting/meeting-notes";
import { PageTitle } from "~/components/page-title";
import { formatLocalDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { dialoguePointsFromTexts } from "~/kontrakt/sharing";
import { meetingAgreementSchema } from "~/schemas/agreement";
import { agendaItemSchema, followUpSchema, notesSchema } from "~/schemas/meeting";
import { meetingIntentSchema } from "~/schemas/meeting-intents";
import type { Route } from "./+types/meeting";

/** The dialogue itself, for both of them: agenda, a 45-minute guide, shared notes, agreements, follow-up. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const found = await requireDialogue(context, request, params.dialogueId);
  if (found.role === "nearestLeader") {
    await logShareRead(found.db, {
      cycleId: found.dialogue.cycle_id,
      organisationId: found.dialogue.organisation_id,
      readerId: found.user.id,
      page: "meeting",
    });
  }
  const isDroppedShown = new URL(request.url).searchParams.has("droppede");
  return loadMeeting(found.db, found, found.user.id, { isDroppedShown });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const found = await requireDialogue(context, request, params.dialogueId);
  const { db, dialogue, role, user } = found;
  const form = await readFormData(request);
  const here = `/dialog/${dialogue.id}`;
  const parsed = parseWithZod(form, { schema: meetingIntentSchema });
  if (parsed.status !== "success") throw data({ error: "validation.formInvalid" }, { status: 400 });
  const intent = parsed.value;
  switch (intent.intent) {
    case "start": {
      if (role !== "leader") throw data(null, { status: 404 });
      const points =
        dialogue.rhythm === null ? dialoguePointsFromTexts(await findCycleTexts(db, dialogue.cycle_id)) : [];
      await startDialogue(db, { dialogue, points });
      return redirect(`${here}#dagsorden`);
    }
    case "markHeld":
      await markDialogueHeld(db, dialogue.id);
      return redirect(`${here}#historik`);
    case "addAgendaItem": {
      // Items join the agenda once the leader has opened the dialogue (which seeds it).
      if (dialogue.started_at === null) throw data(null, { status: 409 });
      const submission = parseWithZod(form, { schema: agendaItemSchema });
      if (submission.status !== "success") return data({ agendaResult: submission.reply() }, { status: 400 });
      await addAgendaItem(db, { dialogue, text: submission.value.text });
      return redirect(`${here}#dagsorden`);
    }
    case "setAgendaItem": {
      const { itemId, status } = intent;
      if (!(await setAgendaItemStatus(db, { dialogueId: dialogue.id, itemId, status }))) {
        throw data(null, { status: 404 });
      }
      return redirect(`${here}#dagsorden`);
    }
    case "saveNotes": {
      const submission = parseWithZod(form, { schema: notesSchema });
      if (submission.status !== "success") {
        // Only the text has a field to show its error; the version it started from is hidden.
        if (!submission.error?.body) throw data({ error: "validation.formInvalid" }, { status: 400 });
        return data({ notesResult: submission.reply() }, { status: 400 });
      }
      const { body, baseVersion, baseBody } = submission.value;
      const saved = await saveDialogueNotes(db, {
        dialogue,
        userId: user.id,
        base: { version: baseVersion, body: baseBody },
        body,
      });
      // Without JavaScript a saved page is a redirect, so reloading it never posts the notes again.
      if (saved.status !== "conflict" && intent.respond !== "data") return redirect(`${here}#noter`);
      // A conflict keeps what this person wrote (it is sent back) and shows what is saved now.
      return data(
        { notesSave: { ...saved, mine: body } },
        { status: saved.status === "conflict" ? 409 : 200 },
      );
    }
    case "addAgreement": {
      const submission = parseWithZod(form, { schema: meetingAgreementSchema });
      if (submission.status !== "success")
        return data({ agreementResult: submission.reply() }, { status: 400 });
      const { owner, ...fields } = submission.value;
      await createAgreement(db, {
        cycle: { id: dialogue.cycle_id, organisation_id: dialogue.organisation_id },
        fields: agreementFieldsFromInput({ ...fields, kind: "leader" }),
        dialogueId: dialogue.id,
        owner,
      });
      return redirect(`${here}#aftaler`);
    }
    case "setAgreementStatus": {
      const { agreementId, status } = intent;
      // Only an agreement this person may change from this view: others are a 404.
      const { agreements } = await loadMeetingAgreements(db, found, user.id);
      if (!agreements.some((agreement) => agreement.id === agreementId && agreement.canChange)) {
        throw data(null, { status: 404 });
      }
      await setAgreementStatus(db, agreementId, status);
      return redirect(`${here}#aftaler`);
    }
    case "bookFollowUps": {
      const submission = parseWithZod(form, { schema: followUpSchema });
      if (submission.status !== "success")
        return data({ followUpResult: submission.reply() }, { status: 400 });
      const services = context.get(servicesContext);
      const result = await bookAndSendFollowUps(services, { dialogue, followUp: submission.value });
      if (!result.ok) {
        return data(
          { followUpResult: submission.reply({ formErrors: [`followUp.${result.error}`] }) },
          { status: result.error === "notAccepted" ? 409 : 503 },
        );
      }
      return redirect(`${here}?booket=${result.firstId}#opfoelgning`);
    }
  }
}

export default function Meeting({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dialogue } = loaderData;
  const otherName = loaderData.role === "leader" ? loaderData.nearestLeaderName : loaderData.leaderName;
  const title = t("meeting.title", { date: formatLocalDate(dialogue.startsOn, locale) });
  return (
    <article>
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p className="lead">
        {otherName ? t("meeting.with", { name: otherName }) : t("meeting.notAccepted")}
        {" · "}
        {t("meeting.when", {
          time: dialogue.startsAt,
          minutes: dialogue.minutes,
          location: dialogue.location,
        })}
      </p>
      <p>
        <a href={`/dialog/${dialogue.id}/kalender.ics`} download>
          {t("meeting.calendarFile")}
        </a>
      </p>
      <HeldStatus isHeld={dialogue.isHeld} isAccepted={dialogue.isAccepted} />
      {/* The notes get the page's width (issue 15): the agenda and the time guide share a row above. */}
      <div className="meeting-top">
        <AgendaSection
          role={loaderData.role}
          isStarted={dialogue.isStarted}
          agenda={loaderData.agenda}
          pointsBeforeStart={loaderData.pointsBeforeStart}
          otherName={otherName}
          lastResult={actionData && "agendaResult" in actionData ? actionData.agendaResult : undefined}
        />
        <MeetingGuide minutes={dialogue.minutes} />
      </div>
      <div className="meeting-notes-area">
        <MeetingNotes
          dialogueId={dialogue.id}
          notes={loaderData.notes}
          lastSave={actionData && "notesSave" in actionData ? actionData.notesSave : undefined}
          lastResult={actionData && "notesResult" in actionData ? actionData.notesResult : undefined}
        />
      </div>
      <MeetingAgreements
        agreements={loaderData.agreements}
        hiddenDroppedCount={loaderData.hiddenDroppedCount}
        leaderName={loaderData.leaderName}
        nearestLeaderName={loaderData.nearestLeaderName}
        lastResult={actionData && "agreementResult" in actionData ? actionData.agreementResult : undefined}
      />
      <FollowUpSection
        canBook={dialogue.isAccepted}
        lastResult={actionData && "followUpResult" in actionData ? actionData.followUpResult : undefined}
        defaultLocation={dialogue.location}
        defaultTime={dialogue.startsAt}
      />
      <DialogueHistory dialogues={loaderData.history} currentId={dialogue.id} />
    </article>
  );
}
