import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { Agreement } from "~/features/agreements/agreement";
import { FollowUpSummary } from "~/features/agreements/follow-up-summary";
import { useTranslation } from "~/i18n/translation";
import { AGREEMENT_STATUSES } from "~/platform/db/column-values/agreement-types";
import { FlashNotices } from "~/ui/flash-notices";
import { MeetingAgreementForm } from "./meeting-agreement-form";

const STATUS_LABEL = {
  active: "agreements.statusActive",
  completed: "agreements.statusCompleted",
  dropped: "agreements.statusDropped",
} as const;

/**
 * The agreements with the nearest leader (the kontrakt's section 3): what, when and how to follow
 * up, and a status both can see and set (in progress, kept, dropped).
 */
export function MeetingAgreements({
  agreements,
  hiddenDroppedCount,
  leaderName,
  nearestLeaderName,
  viewerRole,
  lastResult,
}: {
  /**
   * `canChange`: the nearest leader sets the status only of agreements made with them;
   * `isHisToTick`: one he carries out, ticked off on its own page.
   */
  agreements: (Agreement & { canChange: boolean; isHisToTick: boolean })[];
  /** Dropped agreements left out of the view (issue 15): a link shows them. */
  hiddenDroppedCount: number;
  leaderName: string;
  nearestLeaderName: string | null;
  /** Who is looking: an agreement they carry out themselves says "Du står for den". */
  viewerRole: "leader" | "nearestLeader";
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const owners = {
    leader: leaderName,
    nearestLeader: nearestLeaderName ?? t("meeting.ownerNearestLeader"),
    both: t("meeting.ownerBoth"),
  };
  return (
    <section aria-labelledby="agreements-title" id="aftaler">
      <h2 id="agreements-title">{t("meeting.agreementsTitle")}</h2>
      <FlashNotices at="aftaler" />
      {agreements.length === 0 ? <p className="form-hint">{t("agreements.empty")}</p> : null}
      <ol className="agreement-list">
        {agreements.map((agreement) => (
          <li key={agreement.id} className={`agreement agreement--${agreement.status}`}>
            <p className="agreement__text">{agreement.text}</p>
            <p className="agreement__meta">
              {agreement.owner ? (
                <>
                  <span className="agreement__owner">
                    {agreement.owner === "both"
                      ? t("meeting.ownerIsBoth")
                      : agreement.owner === viewerRole
                        ? t("meeting.ownerIsYou")
                        : t("meeting.ownerIs", { name: owners[agreement.owner] })}
                  </span>{" "}
                </>
              ) : null}
              <FollowUpSummary agreement={agreement} />
              {agreement.followUpHow ? ` · ${agreement.followUpHow}` : ""}
            </p>
            {agreement.isHisToTick ? (
              <p>
                <Link to={`/min-lederdialog/aftaler/${agreement.id}#afkrydsning`}>
                  {t("agreements.tickOff")}
                  <span className="sr-only">: {agreement.text}</span>
                </Link>
              </p>
            ) : null}
            {agreement.canChange ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="setAgreementStatus" />
                <input type="hidden" name="agreementId" value={agreement.id} />
                <fieldset className="fieldset fieldset--inline">
                  <legend>
                    {t("meeting.agreementStatus")}
                    <span className="sr-only">: {agreement.text}</span>
                  </legend>
                  {AGREEMENT_STATUSES.map((status) => (
                    <button
                      key={status}
                      type="submit"
                      name="status"
                      value={status}
                      className="button button--small"
                      aria-pressed={agreement.status === status}
                    >
                      {t(STATUS_LABEL[status])}
                    </button>
                  ))}
                </fieldset>
              </Form>
            ) : (
              <p>{t("meeting.agreementStatusIs", { status: t(STATUS_LABEL[agreement.status]) })}</p>
            )}
          </li>
        ))}
      </ol>
      {hiddenDroppedCount > 0 ? (
        <p>
          <Link to="?droppede=1#aftaler">{t("meeting.showDropped", { count: hiddenDroppedCount })}</Link>
        </p>
      ) : null}
      <MeetingAgreementForm
        // A new agreement is a fresh form, folded: what was added cannot be added twice by a second
        // press (review of issue 15). Dropping or showing dropped ones leaves the total, and the
        // form with anything typed in it, as it was.
        key={agreements.length + hiddenDroppedCount}
        hasAgreements={agreements.length > 0}
        lastResult={lastResult}
        leaderName={leaderName}
        nearestLeaderName={nearestLeaderName}
      />
    </section>
  );
}
