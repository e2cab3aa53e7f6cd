import { SharedKontraktView, type SharedKontraktViewProps } from "~/features/sharing/shared-kontrakt-view";
import { useTranslation } from "~/i18n/translation";

/**
 * In the meeting view, for the nearest leader only: what the leader shared (loadSharedKontrakt, the
 * same as his preparation page), beside the notes, so he need not switch pages during the dialogue.
 */
export function SharedWithNearestLeader({
  shared,
  leaderName,
}: {
  shared: Pick<SharedKontraktViewProps, "points" | "fields"> | null;
  leaderName: string;
}) {
  const { t } = useTranslation();
  if (!shared) return null;
  return (
    <section aria-labelledby="meeting-shared-title" className="panel">
      <h2 id="meeting-shared-title">{t("nearestLeader.meetingSharedTitle", { name: leaderName })}</h2>
      <SharedKontraktView
        points={shared.points}
        fields={shared.fields}
        headingLevel={3}
        leaderName={leaderName}
        idPrefix="meeting-shared"
      />
    </section>
  );
}
