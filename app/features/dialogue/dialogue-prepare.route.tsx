import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link, redirect } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import { AutosaveProvider } from "~/features/autosave/autosave-context";
import { AutosaveField } from "~/features/autosave/autosave-field";
import { SaveStatus } from "~/features/autosave/save-status";
import { findCycleTexts, textRevisions } from "~/features/cycles/cycle-texts.server";
import { requireActiveCycle } from "~/features/cycles/require-active-cycle.server";
import { savePostedTexts } from "~/features/cycles/save-posted-texts.server";
import { copyPointsNoteToDialoguePoints } from "~/features/dialogue/copy-points-note.server";
import { CurrentDialogue } from "~/features/dialogue/current-dialogue";
import { findInvitedEmail } from "~/features/dialogue/dialogue-invitations.server";
import { findInvitedDialogue } from "~/features/dialogue/dialogues.server";
import { findNearestLeaderForInvitation } from "~/features/dialogue/find-nearest-leader-for-invitation.server";
import { inviteSchema } from "~/features/dialogue/invite.schema";
import { InviteAddresseeNotice } from "~/features/dialogue/invite-addressee-notice";
import { InviteForm } from "~/features/dialogue/invite-form";
import { inviteNearestLeader } from "~/features/dialogue/invite-nearest-leader.server";
import { PointsNoteOffer } from "~/features/dialogue/points-note-offer";
import { isPointsNoteUsed, POINTS_NOTE_KEY } from "~/features/kontrakt/points-note";
import { findSharedParts, setSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { ShareParts } from "~/features/sharing/share-parts";
import { ShareReadLog } from "~/features/sharing/share-read-log";
import { listShareReads } from "~/features/sharing/share-reads.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { DIALOGUE_POINT_NUMBERS, dialoguePointKey, isSharedPart } from "~/platform/db/column-values/sharing";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { localDateInDenmark } from "~/platform/time/local-date";
import { FlashNotices } from "~/ui/flash-notices";
import { PageTitle } from "~/ui/page-title";
import { StepIndicator } from "~/ui/step-indicator";
import { InviteStep } from "~/ui/tool/invite-step";
import type { Route } from "./+types/dialogue-prepare.route";

export const handle: TextsHandle = { texts: ["forms", "account", "dialogue", "leaders"] };

const POINTS_FORM_ID = "dialogue-points";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, cycle, db } = await requireActiveCycle(context, request);
  const tool = getToolContent(context.get(localeContext));
  const [texts, shared, reads, dialogue, addressee] = await Promise.all([
    findCycleTexts(db, cycle.id),
    findSharedParts(db, cycle.id),
    listShareReads(db, cycle.id),
    findInvitedDialogue(db, cycle.id),
    findNearestLeaderForInvitation(db, user.id),
  ]);
  // The organisation's nearest leader only when the leader chose them (a visible link), or when
  // nobody holds her dialogue yet: never silently in place of the one who does.
  const isUsingSuggested =
    addressee.suggested !== null &&
    (addressee.current === null || new URL(request.url).searchParams.get("naermeste") === "organisation");
  const pointBodies = Object.fromEntries(
    DIALOGUE_POINT_NUMBERS.map((number) => [
      dialoguePointKey(number),
      texts[dialoguePointKey(number)]?.body ?? "",
    ]),
  );
  const pointsNote = texts[POINTS_NOTE_KEY]?.body.trim() ?? "";
  return {
    cycleId: cycle.id,
    revisions: textRevisions(texts),
    // The tool's own question for choosing the points (theme 2's last support question).
    pointsQuestion: tool.themes[1]?.supportQuestions.at(-1) ?? "",
    pointBodies,
    // What the leader wrote to that question in step 1, offered as the points (issue 15, item 8)
    // until they hold it.
    pointsNote: pointsNote !== "" && !isPointsNoteUsed(pointsNote, pointBodies) ? pointsNote : null,
    shared,
    reads,
    fields: tool.kontraktFields.map(({ id, number, title }) => ({ id, number, title })),
    inviteTitle: tool.inviteTitle,
    inviteSteps: tool.inviteSteps,
    dialogue: dialogue
      ? {
          id: dialogue.id,
          startsOn: dialogue.starts_on,
          startsAt: dialogue.starts_at,
          location: dialogue.location,
          isAccepted: dialogue.status !== "invited",
          invitedEmail:
            dialogue.status === "invited" ? ((await findInvitedEmail(db, dialogue.id)) ?? "") : "",
        }
      : null,
    // With a known nearest leader the leader need not type the address again.
    addressee: { ...addressee, isUsingSuggested },
    nearestLeaderEmail: (isUsingSuggested ? addressee.suggested?.email : addressee.current?.email) ?? "",
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, cycle, db } = await requireActiveCycle(context, request);
  const form = await readFormData(request);
  if (form.get("intent") === "invite") {
    const submission = parseWithZod(form, { schema: inviteSchema });
    if (submission.status !== "success") {
      return data({ inviteResult: submission.reply() }, { status: 400 });
    }
    if (submission.value.date < localDateInDenmark()) {
      return data(
        { inviteResult: submission.reply({ fieldErrors: { date: ["calendarChanges.pastDate"] } }) },
        { status: 400 },
      );
    }
    // Only the address's verified owner brings someone in: an account made with another person's
    // address must not plant a nearest leader (the third review of issue 13).
    if (!isEmailVerified(user)) {
      return data(
        { inviteResult: submission.reply({ formErrors: ["verifyEmail.verifyBeforeInviting"] }) },
        { status: 403 },
      );
    }
    const services = context.get(servicesContext);
    const result = await inviteNearestLeader(services, { user, cycle, invite: submission.value });
    if (!result.ok) {
      const reply =
        result.error === "ownEmail"
          ? submission.reply({ fieldErrors: { email: ["invite.ownEmail"] } })
          : submission.reply({ formErrors: [`invite.${result.error}`] });
      const status = { ownEmail: 400, rateLimited: 429, sendFailed: 503 }[result.error];
      return data({ inviteResult: reply }, { status });
    }
    // The address stays out of the URL (history, logs): it travels in the signed flash cookie.
    return redirectWithFlash(services.config, `${href("/min-lederdialog/dialog")}#invitation`, [
      { key: "invite.sent", values: { email: submission.value.email }, at: "invitation" },
    ]);
  }
  if (form.get("intent") === "share") {
    if (!isEmailVerified(user)) {
      throw redirect(
        `${href("/bekraeft-email")}?redirectTo=${encodeURIComponent(href("/min-lederdialog/dialog"))}`,
      );
    }
    const parts = form.getAll("part").filter(isSharedPart);
    await setSharedParts(db, { cycle, parts });
    return redirectWithFlash(
      context.get(servicesContext).config,
      `${href("/min-lederdialog/dialog")}#deling`,
      [{ key: "dialogue.shareSaved", at: "deling" }],
    );
  }
  if (form.get("intent") === "usePointsNote") {
    const copied = await copyPointsNoteToDialoguePoints(db, cycle);
    if (!copied) throw data({ error: "validation.formInvalid" }, { status: 400 });
    return redirectWithFlash(
      context.get(servicesContext).config,
      `${href("/min-lederdialog/dialog")}#points-title`,
      [{ key: "autosave.savedNotice", at: "punkter" }],
    );
  }
  await savePostedTexts(db, { cycle, form, locale: context.get(localeContext) });
  return redirectWithFlash(context.get(servicesContext).config, href("/min-lederdialog/dialog"), [
    { key: "autosave.savedNotice", at: "punkter" },
  ]);
}

/** Step 3, preparing: the points, what to share (part by part), a preview, and how to invite. */
export default function DialoguePrepare({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <AutosaveProvider
      scope={loaderData.cycleId}
      serverBodies={loaderData.pointBodies}
      serverRevisions={loaderData.revisions}
    >
      <PageTitle title={t("dialogue.title")} />
      <StepIndicator current={3} />
      <h1>{t("dialogue.title")}</h1>
      <p className="lead">{t("dialogue.intro")}</p>

      <section aria-labelledby="points-title" id="punkter">
        <h2 id="points-title">{t("dialogue.pointsTitle")}</h2>
        <p id="points-question">{loaderData.pointsQuestion}</p>
        {loaderData.pointsNote ? <PointsNoteOffer note={loaderData.pointsNote} /> : null}
        {DIALOGUE_POINT_NUMBERS.map((number) => (
          <AutosaveField
            key={number}
            textKey={dialoguePointKey(number)}
            label={t("dialogue.point", { number })}
            initialBody={loaderData.pointBodies[dialoguePointKey(number)] ?? ""}
            rows={2}
            form={POINTS_FORM_ID}
            describedById="points-question"
          />
        ))}
        <Form method="post" id={POINTS_FORM_ID} className="sticky-actions">
          <SaveStatus />
          <button type="submit" className="button button--secondary">
            {t("autosave.saveButton")}
          </button>
        </Form>
        <FlashNotices at="punkter" />
      </section>

      <section aria-labelledby="share-title" id="deling" className="panel">
        <h2 id="share-title">{t("dialogue.shareTitle")}</h2>
        <FlashNotices at="deling" />
        <ShareParts
          key={loaderData.cycleId}
          cycleId={loaderData.cycleId}
          shared={loaderData.shared}
          parts={[
            { id: "points", label: t("dialogue.sharePoints") },
            ...loaderData.fields.map((f) => ({ id: f.id, label: `${f.number}. ${f.title}` })),
          ]}
        />
        <p>
          <Link to={href("/min-lederdialog/dialog/forhaandsvisning")}>{t("dialogue.previewLink")}</Link>
        </p>
        <ShareReadLog reads={loaderData.reads} />
      </section>

      <section aria-labelledby="invite-title" id="invitation">
        <h2 id="invite-title">{loaderData.inviteTitle}</h2>
        <FlashNotices at="invitation" />
        {loaderData.dialogue ? <CurrentDialogue dialogue={loaderData.dialogue} /> : null}
        <ul>
          {loaderData.inviteSteps.map((step) => (
            <li key={step.verb}>
              <InviteStep step={step} />
            </li>
          ))}
        </ul>
        <h3>{loaderData.dialogue ? t("invite.again") : t("invite.title")}</h3>
        {loaderData.dialogue && !loaderData.dialogue.isAccepted ? (
          <p className="form-hint">{t("invite.replaceHint")}</p>
        ) : null}
        <InviteAddresseeNotice {...loaderData.addressee} />
        <InviteForm
          key={loaderData.nearestLeaderEmail}
          lastResult={actionData?.inviteResult}
          defaultEmail={loaderData.nearestLeaderEmail}
        />
      </section>
    </AutosaveProvider>
  );
}
