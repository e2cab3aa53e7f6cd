import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";
import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { nowDbTime } from "~/platform/db/time.server";
import { FOLLOW_UP_PLANS } from "~/platform/time/follow-up-plans";
import { occurrenceDates } from "~/platform/time/rhythm";

/**
 * Books the follow-up dialogues as one series: a row per occurrence (each gets its own agenda and
 * notes, and so a history), with the same two people, time and place.
 */
export async function bookFollowUpDialogues(
  db: Executor,
  options: {
    dialogue: Pick<Dialogue, "organisation_id" | "cycle_id" | "leader_id" | "nearest_leader_id">;
    rhythm: FollowUpRhythm;
    startsOn: string;
    startsAt: string;
    location: string;
  },
): Promise<{ seriesId: string; dialogues: Dialogue[] }> {
  const plan = FOLLOW_UP_PLANS[options.rhythm];
  const seriesId = newId();
  const now = nowDbTime();
  const dialogues: Dialogue[] = occurrenceDates(options.rhythm, options.startsOn, plan.count).map(
    (startsOn) => ({
      id: newId(),
      organisation_id: options.dialogue.organisation_id,
      cycle_id: options.dialogue.cycle_id,
      leader_id: options.dialogue.leader_id,
      nearest_leader_id: options.dialogue.nearest_leader_id,
      starts_on: startsOn,
      starts_at: options.startsAt,
      duration_minutes: plan.minutes,
      location: options.location,
      status: "accepted",
      series_id: seriesId,
      rhythm: options.rhythm,
      started_at: null,
      // One calendar event for the series: its UID, and each occurrence's place in the rule.
      calendar_uid: seriesId,
      calendar_sequence: 0,
      occurrence_on: startsOn,
      occurrence_at: options.startsAt,
      created_at: now,
      updated_at: now,
    }),
  );
  await db.insertInto("dialogues").values(dialogues).execute();
  return { seriesId, dialogues };
}
