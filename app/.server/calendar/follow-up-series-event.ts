import type { TFunction } from "i18next";
import type { FollowUpRhythm } from "~/dialogues/follow-up-rhythms";
import { FOLLOW_UP_PLANS } from "../dialogues/follow-up-dialogues";

/** A follow-up series as one calendar event: its rule, and its title and text for one reader. */
export function followUpSeriesEvent(
  t: TFunction,
  options: { seriesId: string; rhythm: FollowUpRhythm; otherName: string },
) {
  const values = { name: options.otherName, rhythm: t(`followUp.rhythm.${options.rhythm}`) };
  return {
    id: options.seriesId,
    repeating: FOLLOW_UP_PLANS[options.rhythm].repeating,
    summary: t("mail.followUp.eventSummary", values),
    description: t("mail.followUp.eventDescription", values),
  };
}
