import { Link, redirect } from "react-router";
import { listAgreements } from "~/.server/agreements/agreements";
import { requireUser } from "~/.server/auth/require-user";
import { localeContext, servicesContext } from "~/.server/context";
import { findCycleTexts } from "~/.server/cycles/cycle-texts";
import { findActiveCycle, listArchivedCycles, startNewCycle } from "~/.server/cycles/cycles";
import type { Role } from "~/.server/db/tables/user-roles.table";
import { askToConfirm, isConfirmed } from "~/.server/http/ask-to-confirm";
import { readFormData } from "~/.server/http/read-form-data";
import { isEmailVerified } from "~/.server/users/is-email-verified";
import { findUserRoles } from "~/.server/users/users";
import { ConfirmForm } from "~/components/confirm/confirm-form";
import { ConfirmationPage } from "~/components/confirm/confirmation-page";
import { DataDownloadLinks } from "~/components/data-download-links";
import { HomePanel } from "~/components/home-panel";
import { PageTitle } from "~/components/page-title";
import { StepIndicator } from "~/components/step-indicator";
import { RoleGuidance } from "~/components/tool/role-guidance";
import { VerifyEmailNotice } from "~/components/verify-email-notice";
import { getToolContent } from "~/content/get-tool-content";
import { formatDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { isStepOneKey } from "~/kontrakt/text-keys";
import type { Route } from "./+types/my-dialogue";

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
  const [cycle, archived, subordinate, roles] = await Promise.all([
    findActiveCycle(db, user.id),
    listArchivedCycles(db, user.id),
    db
      .selectFrom("users")
      .select("id")
      .where((eb) =>
        eb.or([eb("nearest_leader_id", "=", user.id), eb("accepted_nearest_leader_id", "=", user.id)]),
      )
      .executeTakeFirst(),
    findUserRoles(db, user.id),
  ]);
  const texts = cycle ? await findCycleTexts(db, cycle.id) : {};
  const agreements = cycle ? await listAgreements(db, cycle.id) : [];
  const written = Object.entries(texts).filter(([, text]) => text.body.trim() !== "");
  const noteCount = written.filter(([key]) => isStepOneKey(key)).length;
  const kontraktFields = written.filter(([key]) => key.startsWith("kontrakt:")).length;
  // Where the leader is: preparing until the kontrakt has content, then the kontrakt.
  const currentStep = kontraktFields > 0 || agreements.length > 0 ? 2 : 1;
  return {
    name: user.name,
    // Until the address is verified, a calm notice with "send the link again" (decision 022).
    unverifiedEmail: isEmailVerified(user) ? null : user.email,
    hasStarted: cycle !== undefined,
    currentStep,
    noteCount,
    kontraktFields,
    agreementCount: agreements.filter((a) => a.status !== "dropped").length,
    // A leader of leaders also has the dialogues where they are the nearest leader.
    isNearestLeader: subordinate !== undefined,
    isAdmin: roles.includes("admin"),
    canSeeFigures: roles.some((role) => role === "hr" || role === "top_management" || role === "med"),
    canRollOut: roles.some((role) => role === "hr" || role === "top_management"),
    // The seed's guidance for each of this person's roles.
    guidance: getToolContent(locale).guidanceRoles.filter((role) =>
      GUIDANCE_FOR_ROLE.some(
        ([guidanceId, applies]) => guidanceId === role.id && applies(roles, subordinate !== undefined),
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
    await db.transaction().execute((tx) => startNewCycle(tx, user));
  }
  return redirect("/min-lederdialog");
}

/** "Min lederdialog": where the leader is in the three steps, and what comes next. */
export default function MyDialogue({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (actionData?.confirmation) {
    return (
      <ConfirmationPage
        confirmation={actionData.confirmation}
        title={t("confirm.newCycle.title")}
        yesLabel={t("confirm.newCycle.yes")}
        cancelTo="/min-lederdialog"
      >
        <p className="lead">{t("confirm.newCycle.text")}</p>
      </ConfirmationPage>
    );
  }
  const step = loaderData.currentStep as 1 | 2;
  return (
    <>
      <PageTitle title={t("home.title")} />
      <h1>{t("home.welcome", { name: loaderData.name })}</h1>
      <StepIndicator current={step} />
      {loaderData.unverifiedEmail ? (
        <VerifyEmailNotice email={loaderData.unverifiedEmail} returnTo="/min-lederdialog" />
      ) : null}
      <p className="lead">{t("home.intro")}</p>
      <ol className="step-cards">
        <li className={step === 1 ? "step-card step-card--current" : "step-card"}>
          <h2>1. {t("steps.prepare")}</h2>
          <p>
            {loaderData.hasStarted
              ? t("home.prepareStatus", { count: loaderData.noteCount })
              : t("home.nextText")}
          </p>
          <Link
            className={step === 1 ? "button button--primary" : "button button--secondary"}
            to="/min-lederdialog/forbered"
          >
            {loaderData.noteCount > 0 ? t("home.continuePrepare") : t("home.startPrepare")}
          </Link>
        </li>
        <li className={step === 2 ? "step-card step-card--current" : "step-card"}>
          <h2>2. {t("steps.kontrakt")}</h2>
          <p>
            {t("home.kontraktStatus", {
              fields: loaderData.kontraktFields,
              agreements: loaderData.agreementCount,
            })}
          </p>
          <Link
            className={step === 2 ? "button button--primary" : "button button--secondary"}
            to="/min-lederdialog/kontrakt"
          >
            {t("home.openKontrakt")}
          </Link>
        </li>
        <li className="step-card">
          <h2>3. {t("steps.dialogue")}</h2>
          <p>{t("home.dialogueText")}</p>
          <Link className="button button--secondary" to="/min-lederdialog/dialog">
            {t("home.openDialogue")}
          </Link>
        </li>
      </ol>

      {loaderData.canSeeFigures ? (
        <HomePanel
          id="figures-title"
          title={t("figures.title")}
          text={t("figures.homeText")}
          linkText={t("figures.open")}
          to="/tal"
        />
      ) : null}

      {loaderData.canRollOut ? (
        <HomePanel
          id="rollout-title"
          title={t("rollout.title")}
          text={t("rollout.homeText")}
          linkText={t("rollout.open")}
          to="/udrul"
        />
      ) : null}

      <RoleGuidance roles={loaderData.guidance} />

      {loaderData.isAdmin ? (
        <HomePanel
          id="admin-title"
          title={t("admin.title")}
          text={t("admin.homeText")}
          linkText={t("admin.open")}
          to="/admin"
        />
      ) : null}

      {loaderData.isNearestLeader ? (
        <HomePanel
          id="leaders-title"
          title={t("leaders.title")}
          text={t("leaders.homeText")}
          linkText={t("leaders.open")}
          to="/mine-ledere"
        />
      ) : null}

      {loaderData.hasStarted ? (
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
                <Link to={`/min-lederdialog/forloeb/${cycle.id}`}>
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
        to="/min-lederdialog/sikkerhed"
      />
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t("home.dataTitle")}</h2>
        <p>{t("home.dataText")}</p>
        <DataDownloadLinks />
        <p>
          <Link to="/min-lederdialog/slet-konto">{t("deleteAccount.link")}</Link>
        </p>
      </section>
    </>
  );
}
