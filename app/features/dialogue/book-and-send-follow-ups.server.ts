import { findUserById } from "~/platform/auth/users.server";
import type { AppServices } from "~/platform/context/context.server";
import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { bookFollowUpDialogues } from "./follow-up-dialogues.server";
import { sendFollowUpInvitation } from "./send-follow-up-invitation.server";

export type BookFollowUpsResult =
  | { ok: true; firstId: string }
  | { ok: false; error: "notAccepted" | "sendFailed" };

/** Books the series and sends both of them the calendar invitation; a series nobody got is undone. */
export async function bookAndSendFollowUps(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: {
    dialogue: Dialogue;
    followUp: { rhythm: FollowUpRhythm; date: string; time: string; location: string };
  },
): Promise<BookFollowUpsResult> {
  const { db } = services;
  const { dialogue, followUp } = options;
  const [leader, nearestLeader] = await Promise.all([
    findUserById(db, dialogue.leader_id),
    dialogue.nearest_leader_id ? findUserById(db, dialogue.nearest_leader_id) : undefined,
  ]);
  if (!leader || !nearestLeader) return { ok: false, error: "notAccepted" };
  // The same series asked for twice (a double click, a resent form) is booked and mailed once.
  const existing = await db
    .selectFrom("dialogues")
    .select("id")
    .where("cycle_id", "=", dialogue.cycle_id)
    .where("rhythm", "=", followUp.rhythm)
    .where("starts_on", "=", followUp.date)
    .where("starts_at", "=", followUp.time)
    .where("status", "!=", "cancelled")
    .executeTakeFirst();
  if (existing) return { ok: true, firstId: existing.id };
  const { seriesId, dialogues } = await bookFollowUpDialogues(db, {
    dialogue,
    rhythm: followUp.rhythm,
    startsOn: followUp.date,
    startsAt: followUp.time,
    location: followUp.location,
  });
  const [first] = dialogues;
  if (!first) return { ok: false, error: "sendFailed" };
  try {
    await sendFollowUpInvitation(services, {
      dialogues,
      rhythm: followUp.rhythm,
      leader,
      nearestLeader,
    });
  } catch (error) {
    services.log.error({ err: error }, "follow-up invitation mail failed");
    await db
      .updateTable("dialogues")
      .set({ status: "cancelled" })
      .where("series_id", "=", seriesId)
      .execute();
    return { ok: false, error: "sendFailed" };
  }
  return { ok: true, firstId: first.id };
}
