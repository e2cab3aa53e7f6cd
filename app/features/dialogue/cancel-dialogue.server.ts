import { loadDialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { isDialogueHeld } from "./is-dialogue-held";
import { type ChangeScope, listSeriesRows, raiseSequence } from "./move-dialogue.server";
import { sendMeetingCancelled } from "./send-meeting-cancelled.server";

export type CancelResult = { ok: true } | { ok: false; error: "held" | "hasContent" | "sendFailed" };

/**
 * The leader cancels a dialogue (also one not yet accepted: its link stops working), one follow-up,
 * or what is left of a series (the follow-ups already begun stay as history). Both get a CANCEL with
 * the same UID and a higher SEQUENCE; when no mail could be sent, the cancellation is undone.
 */
export async function cancelDialogue(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: { dialogue: Dialogue; scope: ChangeScope; now?: Date },
): Promise<CancelResult> {
  const { db } = services;
  const { dialogue } = options;
  const isWholeSeries = options.scope === "series" && dialogue.series_id !== null;
  const rows =
    isWholeSeries && dialogue.series_id ? await listSeriesRows(db, dialogue.series_id) : [dialogue];
  // As for moving: a held dialogue is history; one opened ahead of its day can still be cancelled.
  const isHeld = (row: Dialogue) => isDialogueHeld(row, options.now);
  if (!isWholeSeries && isHeld(dialogue)) return { ok: false, error: "held" };
  const cancelling = rows.filter((row) => row.status !== "cancelled" && !isHeld(row));
  // A cancelled dialogue is gone for both: one they already wrote in (shared notes, agreements
  // made in it) is not cancelled, so nothing either of them wrote disappears (review of issue 14).
  if (
    await hasSharedContent(
      db,
      cancelling.map((row) => row.id),
    )
  )
    return { ok: false, error: "hasContent" };
  await db.transaction().execute(async (tx) => {
    for (const row of cancelling) {
      await tx.updateTable("dialogues").set({ status: "cancelled" }).where("id", "=", row.id).execute();
    }
    await raiseSequence(tx, dialogue);
  });
  const cancelled = await db
    .selectFrom("dialogues")
    .selectAll()
    .where("id", "=", dialogue.id)
    .executeTakeFirstOrThrow();
  try {
    await sendMeetingCancelled(services, {
      loaded: await loadDialogueCalendar(db, cancelled),
      scope: dialogue.series_id ? options.scope : "dialogue",
      sides: ["invitee", "leader"],
    });
  } catch (error) {
    services.log.error({ err: error }, "meeting-cancelled mail failed");
    for (const row of cancelling) {
      await db.updateTable("dialogues").set({ status: row.status }).where("id", "=", row.id).execute();
    }
    return { ok: false, error: "sendFailed" };
  }
  return { ok: true };
}

/** Whether any of these dialogues has shared notes or agreements made in it. */
async function hasSharedContent(db: AppServices["db"], dialogueIds: string[]): Promise<boolean> {
  if (dialogueIds.length === 0) return false;
  const [notes, agreement] = await Promise.all([
    db
      .selectFrom("dialogue_notes")
      .select("dialogue_id")
      .where("dialogue_id", "in", dialogueIds)
      .where("body", "!=", "")
      .executeTakeFirst(),
    db.selectFrom("agreements").select("id").where("dialogue_id", "in", dialogueIds).executeTakeFirst(),
  ]);
  return notes !== undefined || agreement !== undefined;
}
