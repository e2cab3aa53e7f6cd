import { Form } from "react-router";
import { useTranslation } from "~/i18n/translation";

/**
 * Whether the dialogue counts as held: once its time has come, or when one of them marks it
 * (issue 15). Opening its agenda ahead of time does not.
 */
export function HeldStatus({
  isHeld,
  isAccepted,
  canMark,
}: {
  isHeld: boolean;
  isAccepted: boolean;
  /** Opened, or its day has come (mark-dialogue-held.server.ts). */
  canMark: boolean;
}) {
  const { t } = useTranslation();
  if (isHeld) return <p className="meeting-held">{t("meeting.isHeld")}</p>;
  if (!isAccepted || !canMark) return null;
  return (
    <Form method="post" className="meeting-held">
      <input type="hidden" name="intent" value="markHeld" />
      <span>{t("meeting.notHeldYet")}</span>{" "}
      <button type="submit" className="button button--link">
        {t("meeting.markHeld")}
      </button>
    </Form>
  );
}
