import type { TFunction } from "i18next";
import type { FollowUpRhythm } from "~/dialogues/follow-up-rhythms";
import { FOLLOW_UP_PLANS } from "../dialogues/follow-up-dialogues";
import { rhythmRrule } from "./rhythm-rrule";

/** A follow-up series as one calendar event: its rule, and its title and text for one reader. */
export function followUpSeriesEvent(
  t: TFunction,
  options: { seriesId: string; rhythm: FollowUpRhythm; firstDate: string; otherName: string },
) {
  const values = { name: options.otherName, rhythm: t(`followUp.rhythm.${options.rhythm}`) };
  return {
    id: options.seriesId,
    repeating: rhythmRrule(options.rhythm, options.firstDate, {
      count: FOLLOW_UP_PLANS[options.rhythm].count,
    }),
    summary: t("mail.followUp.eventSummary", values),
    description: t("mail.followUp.eventDescription", values),
  };
}
