import { href, Link, redirect } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import { VerifyEmailNotice } from "~/features/account/verify-email-notice";
import { listArchivedCycles, startNewCycle } from "~/features/cycles/cycles.server";
import { isNearestLeaderOfAnyone } from "~/features/dialogue/subordinate-leaders.server";
import { HomePanel } from "~/features/home/home-panel";
import { loadHomeProgress } from "~/features/home/load-home-progress.server";
import { NearestLeaderDialogues } from "~/features/home/nearest-leader-dialogues";
import { StepCards } from "~/features/home/step-cards";
import { WhatsNext } from "~/features/home/whats-next";
import { WorkPanels } from "~/features/home/work-panels";
import { DataDownloadLinks } from "~/features/privacy/data-download-links";
import { formatDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { workPagesFor } from "~/platform/auth/permissions";
import { requireUser } from "~/platform/auth/require-user.server";
import { findUserRoles } from "~/platform/auth/users.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import { askToConfirm, isConfirmed } from "~/platform/http/ask-to-confirm.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ConfirmForm } from "~/ui/confirm/confirm-form";
import { ConfirmationPage } from "~/ui/confirm/confirmation-page";
import { PageTitle } from "~/ui/page-title";
import { StepIndicator } from "~/ui/step-indicator";
import { RoleGuidance } from "~/ui/tool/role-guidance";
import type { Route } from "./+types/my-dialogue.route";

export const handle: TextsHandle = { texts: ["account", "preparation", "leaders", "figures", "admin"] };

/** Which of the seed's five guidance boxes speak to whom. */
const GUIDANCE_FOR_ROLE: [string, (roles: Role[], isLeaderOfLeaders: boolean) => boolean][] = [
  ["topManagement", (roles) => roles.includes("top_management")],
  ["hr", (roles) => roles.includes("hr")],
  ["med", (roles) => roles.includes("med")],
  ["leadersOfLeaders", (_roles, isLeaderOfLeaders) => isLeaderOfLeaders],
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  const locale = context.get(localeContext);
  const [progress, archived, isNearestLeader, roles] = await Promise.all([
    loadHomeProgress(db, { userId: user.id }),
    listArchivedCycles(db, user.id),
    isNearestLeaderOfAnyone(db, user.id),
    findUserRoles(db, user.id),
  ]);
  return {
    name: user.name,
    // Until the address is verified, a calm notice with "send the link again" (decision 022).
    unverifiedEmail: isEmailVerified(user) ? null : user.email,
    // Where the person is, from what they really did (issue 15, item 3).
    progress,
    // A leader of leaders also has the dialogues where they are the nearest leader.
    isNearestLeader,
    work: workPagesFor(roles),
    // The seed's guidance for each of this person's roles.
    guidance: getToolContent(locale).guidanceRoles.filter((role) =>
      GUIDANCE_FOR_ROLE.some(
        ([guidanceId, applies]) => guidanceId === role.id && applies(roles, isNearestLeader),
      ),
    ),
    archived: archived.map((item) => ({
      id: item.id,
      from: formatDate(new Date(item.created_at), locale),
      to: formatDate(new Date(item.archived_at ?? item.updated_at), locale),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const form = await readFormData(request);
  if (form.get("intent") === "newCycle") {
    // Archiving cannot be undone: the first post asks (issue 15, item 7).
    if (!isConfirmed(form)) return askToConfirm(form, "newCycle");
    const { db } = context.get(servicesContext);
    await startNewCycle(db, user);
  }
  return redirect(href("/min-lederdialog"));
}

/**
 * "Min lederdialog": where the person is, derived from what they did (loadHomeProgress). Someone's
 * nearest leader first sees the dialogues they are invited to; someone whose work is figures,
 * roll-out or administration, and who has not started their own cycle, sees that work first.
 */
export default function MyDialogue({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (actionData?.confirmation) {
    return (
      <ConfirmationPage
        confirmation={actionData.confirmation}
        title={t("confirm.newCycle.title")}
        yesLabel={t("confirm.newCycle.yes")}
        cancelTo={href("/min-lederdialog")}
      >
        <p className="lead">{t("confirm.newCycle.text")}</p>
      </ConfirmationPage>
    );
  }
  const { progress, work } = loaderData;
  const hasWork = work.figures || work.rollout || work.admin;
  const isWorkFirst = hasWork && !progress.hasStarted;
  const workPanels = hasWork ? <WorkPanels work={work} /> : null;
  return (
    <>
      <PageTitle title={t("home.title")} />
      <h1>{t("home.welcome", { name: loaderData.name })}</h1>
      {loaderData.unverifiedEmail ? (
        <VerifyEmailNotice email={loaderData.unverifiedEmail} returnTo={href("/min-lederdialog")} />
      ) : null}
      <NearestLeaderDialogues dialogues={progress.asNearestLeader} />
      {isWorkFirst ? workPanels : null}
      {isWorkFirst ? <h2>{t("home.ownToolTitle")}</h2> : null}
      <StepIndicator current={progress.currentStep} />
      <WhatsNext progress={progress} />
      <p className="lead">{t("home.intro")}</p>
      <StepCards progress={progress} />

      {isWorkFirst ? null : workPanels}

      <RoleGuidance roles={loaderData.guidance} />

      {loaderData.isNearestLeader ? (
        <HomePanel
          id="leaders-title"
          title={t("leaders.title")}
          text={t("leaders.homeText")}
          linkText={t("leaders.open")}
          to={href("/mine-ledere")}
        />
      ) : null}

      {progress.hasStarted ? (
        <section aria-labelledby="new-cycle-title" className="panel">
          <h2 id="new-cycle-title">{t("cycles.startNew")}</h2>
          <p>{t("cycles.startNewHint")}</p>
          <ConfirmForm
            fields={{ intent: "newCycle" }}
            label={t("cycles.startNew")}
            title={t("confirm.newCycle.title")}
            text={t("confirm.newCycle.text")}
            yesLabel={t("confirm.newCycle.yes")}
          />
        </section>
      ) : null}

      {loaderData.archived.length > 0 ? (
        <section aria-labelledby="archive-title">
          <h2 id="archive-title">{t("cycles.archiveTitle")}</h2>
          <ul>
            {loaderData.archived.map((cycle) => (
              <li key={cycle.id}>
                <Link to={href("/min-lederdialog/forloeb/:cycleId", { cycleId: cycle.id })}>
                  {t("cycles.archivedOn", { from: cycle.from, to: cycle.to })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <HomePanel
        id="account-security-title"
        title={t("accountSecurity.page.title")}
        text={t("accountSecurity.page.homeText")}
        linkText={t("accountSecurity.page.homeLink")}
        to={href("/min-lederdialog/sikkerhed")}
      />
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t("home.dataTitle")}</h2>
        <p>{t("home.dataText")}</p>
        <DataDownloadLinks />
        <p>
          <Link to={href("/min-lederdialog/slet-konto")}>{t("deleteAccount.link")}</Link>
        </p>
      </section>
    </>
  );
}
