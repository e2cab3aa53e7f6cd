import { parseWithZod } from "@conform-to/zod/v4";
import { data, href, redirect } from "react-router";
import { meetingAgreementSchema } from "~/features/agreements/agreement.schema";
import { agreementFieldsFromInput } from "~/features/agreements/agreement-fields-from-input.server";
import { createAgreement, setAgreementStatus } from "~/features/agreements/agreements.server";
import { conflictMarkers } from "~/features/cycles/conflict-markers";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { AgendaSection } from "~/features/dialogue/agenda-section";
import { bookAndSendFollowUps } from "~/features/dialogue/book-and-send-follow-ups.server";
import { cancelDialogue } from "~/features/dialogue/cancel-dialogue.server";
import {
  addAgendaItem,
  setAgendaItemStatus,
  startDialogue,
} from "~/features/dialogue/dialogue-agenda.server";
import { DialogueHistory } from "~/features/dialogue/dialogue-history";
import { saveDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { FollowUpSection } from "~/features/dialogue/follow-up-section";
import { HeldStatus } from "~/features/dialogue/held-status";
import { loadMeeting, loadMeetingAgreements } from "~/features/dialogue/load-meeting.server";
import { canMarkHeld, markDialogueHeld } from "~/features/dialogue/mark-dialogue-held.server";
import {
  agendaItemSchema,
  cancelDialogueSchema,
  followUpSchema,
  moveDialogueSchema,
  notesSchema,
} from "~/features/dialogue/meeting.schema";
import { MeetingAgreements } from "~/features/dialogue/meeting-agreements";
import { MeetingGuide } from "~/features/dialogue/meeting-guide";
import { meetingIntentSchema } from "~/features/dialogue/meeting-intents.schema";
import { MeetingNotes } from "~/features/dialogue/meeting-notes";
import { moveDialogue } from "~/features/dialogue/move-dialogue.server";
import { MoveOrCancelSection } from "~/features/dialogue/move-or-cancel-section";
import { requireDialogue } from "~/features/dialogue/require-dialogue.server";
import { SharedWithNearestLeader } from "~/features/dialogue/shared-with-nearest-leader";
import { loadSharedKontrakt } from "~/features/sharing/load-shared-kontrakt.server";
import { logShareRead } from "~/features/sharing/share-reads.server";
import { formatLocalDate } from "~/i18n/format-date";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { dialoguePointsFromTexts } from "~/platform/db/column-values/sharing";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { localDateInDenmark } from "~/platform/time/local-date";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/meeting.route";

export const handle: TextsHandle = { texts: ["forms", "agreements", "dialogue"] };

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
  const meeting = await loadMeeting(found.db, found, found.user.id, { isDroppedShown });
  // The nearest leader sees what she shared beside the notes: through the one sharing function.
  const shared =
    found.role === "nearestLeader"
      ? await loadSharedKontrakt(found.db, {
          cycleId: found.dialogue.cycle_id,
          locale: context.get(localeContext),
        })
      : null;
  return { ...meeting, shared };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const found = await requireDialogue(context, request, params.dialogueId);
  const { db, dialogue, role, user } = found;
  const form = await readFormData(request);
  const here = href("/dialog/:dialogueId", { dialogueId: dialogue.id });
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
      // Not a dialogue weeks away that nobody opened: it would stop being movable (review of issue 15).
      if (!canMarkHeld(dialogue)) throw data({ error: "meeting.markHeldTooEarly" }, { status: 409 });
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
      const { body, baseVersion, baseBody, saveId } = submission.value;
      const saved = await saveDialogueNotes(db, {
        dialogue,
        userId: user.id,
        base: { version: baseVersion, body: baseBody },
        body,
        saveId,
        markers: conflictMarkers(serverI18n(context.get(localeContext)).t),
      });
      // Merged with what the other saved meanwhile it would be too long: nothing saved, text kept.
      if (saved.status === "tooLong") {
        return data(
          { notesResult: submission.reply({ fieldErrors: { body: ["validation.notesTooLong"] } }) },
          { status: 400 },
        );
      }
      if (saved.status === "busy") throw data({ error: "autosave.offline" }, { status: 503 });
      // Saved (lines both changed kept in both versions, which the page then points out). A saved
      // page is a redirect, so reloading it never posts the notes again.
      return redirect(`${here}#noter`);
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
      return redirectWithFlash(context.get(servicesContext).config, `${here}#aftaler`, [
        { key: "agreements.added", at: "aftaler" },
      ]);
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
      if (submission.value.date < localDateInDenmark()) {
        return data(
          { followUpResult: submission.reply({ fieldErrors: { date: ["calendarChanges.pastDate"] } }) },
          { status: 400 },
        );
      }
      const services = context.get(servicesContext);
      const result = await bookAndSendFollowUps(services, { dialogue, followUp: submission.value });
      if (!result.ok) {
        return data(
          { followUpResult: submission.reply({ formErrors: [`followUp.${result.error}`] }) },
          { status: result.error === "notAccepted" ? 409 : 503 },
        );
      }
      return redirectWithFlash(services.config, `${here}#opfoelgning`, [
        { key: "followUp.booked", at: "opfoelgning" },
      ]);
    }
    case "moveDialogue": {
      if (role !== "leader") throw data(null, { status: 404 });
      const submission = parseWithZod(form, { schema: moveDialogueSchema });
      if (submission.status !== "success") return data({ moveResult: submission.reply() }, { status: 400 });
      const { scope, ...to } = submission.value;
      const result = await moveDialogue(context.get(servicesContext), { dialogue, scope, to });
      if (!result.ok) {
        const reply =
          result.error === "pastDate"
            ? submission.reply({ fieldErrors: { date: ["calendarChanges.pastDate"] } })
            : submission.reply({ formErrors: [`calendarChanges.${result.error}`] });
        const status = { pastDate: 400, held: 409, seriesHeld: 409, sendFailed: 503 }[result.error];
        return data({ moveResult: reply }, { status });
      }
      return redirectWithFlash(context.get(servicesContext).config, `${here}#flyt-eller-aflys`, [
        { key: "calendarChanges.moved", at: "flyt-eller-aflys" },
      ]);
    }
    case "cancelDialogue": {
      if (role !== "leader") throw data(null, { status: 404 });
      const submission = parseWithZod(form, { schema: cancelDialogueSchema });
      if (submission.status !== "success") throw data(null, { status: 400 });
      const result = await cancelDialogue(context.get(servicesContext), {
        dialogue,
        scope: submission.value.scope,
      });
      if (!result.ok) {
        return data(
          { moveResult: submission.reply({ formErrors: [`calendarChanges.${result.error}`] }) },
          { status: result.error === "sendFailed" ? 503 : 409 },
        );
      }
      return redirectWithFlash(
        context.get(servicesContext).config,
        `${href("/min-lederdialog/dialog")}#invitation`,
        [{ key: "calendarChanges.cancelled", at: "invitation" }],
      );
    }
    default:
      throw data(null, { status: 400 });
  }
}

export default function Meeting({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dialogue } = loaderData;
  const otherName = loaderData.role === "leader" ? loaderData.nearestLeaderName : loaderData.leaderName;
  const title = t("meeting.title", { date: formatLocalDate(dialogue.startsOn, locale) });
  return (
    <article className="meeting">
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
      <div className="meeting__facts">
        <a href={href("/dialog/:dialogueId/kalender.ics", { dialogueId: dialogue.id })} download>
          {t("meeting.calendarFile")}
        </a>
        <HeldStatus
          isHeld={dialogue.isHeld}
          isAccepted={dialogue.isAccepted}
          canMark={dialogue.canMarkHeld}
        />
      </div>
      {/* A 1:1 workspace (decision 043): what the two write — the points, the shared notes, the
          agreements with their owners — in the main column; what they read beside it (what she
          shared, the time guide, moving or cancelling) in a narrower one, after it on a phone. */}
      <div className="meeting-workspace">
        <div className="meeting-workspace__main">
          <AgendaSection
            role={loaderData.role}
            isStarted={dialogue.isStarted}
            isFollowUp={dialogue.rhythm !== null}
            agenda={loaderData.agenda}
            pointsBeforeStart={loaderData.pointsBeforeStart}
            otherName={otherName}
            lastResult={actionData && "agendaResult" in actionData ? actionData.agendaResult : undefined}
          />
          <MeetingNotes
            dialogueId={dialogue.id}
            notes={loaderData.notes}
            lastResult={actionData && "notesResult" in actionData ? actionData.notesResult : undefined}
          />
          <MeetingAgreements
            agreements={loaderData.agreements}
            hiddenDroppedCount={loaderData.hiddenDroppedCount}
            leaderName={loaderData.leaderName}
            nearestLeaderName={loaderData.nearestLeaderName}
            viewerRole={loaderData.role}
            lastResult={
              actionData && "agreementResult" in actionData ? actionData.agreementResult : undefined
            }
          />
        </div>
        <div className="meeting-workspace__side">
          <SharedWithNearestLeader shared={loaderData.shared} leaderName={loaderData.leaderName} />
          {loaderData.role === "leader" && !dialogue.isHeld ? (
            <MoveOrCancelSection
              dialogue={dialogue}
              lastResult={actionData && "moveResult" in actionData ? actionData.moveResult : undefined}
            />
          ) : null}
          {/* Last in its column: it stays in view (sticky) without sliding over anything below. */}
          <MeetingGuide minutes={dialogue.minutes} />
        </div>
      </div>
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
