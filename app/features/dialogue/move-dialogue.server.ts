import { sql } from "kysely";
import { loadDialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import { occurrenceOf } from "~/features/calendar/follow-up-series-event.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Executor } from "~/platform/db/database.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { nowDbTime } from "~/platform/db/time.server";
import { FOLLOW_UP_PLANS } from "~/platform/time/follow-up-plans";
import { localDateInDenmark } from "~/platform/time/local-date";
import { occurrenceDates } from "~/platform/time/rhythm";
import { isDialogueHeld } from "./is-dialogue-held";
import { sendMeetingMoved } from "./send-meeting-moved.server";

export type ChangeScope = "one" | "series";

export type MoveResult =
  | { ok: true; dialogueId: string; toldEmail: string }
  | { ok: false; error: "pastDate" | "held" | "seriesHeld" | "sendFailed" };

/**
 * The leader moves a dialogue, one follow-up, or a whole follow-up series (`scope` "series", from a
 * new first date on the same rhythm). The rows change and the SEQUENCE goes up, then the mails go;
 * when no mail could be sent the rows are put back, so Lederdialog never shows a time nobody was told.
 */
export async function moveDialogue(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: {
    dialogue: Dialogue;
    scope: ChangeScope;
    to: { date: string; time: string; location: string };
    now?: Date;
  },
): Promise<MoveResult> {
  const { db } = services;
  const { dialogue, to } = options;
  if (to.date < localDateInDenmark(options.now)) return { ok: false, error: "pastDate" };
  const isWholeSeries = options.scope === "series" && dialogue.series_id !== null;
  const rows = dialogue.series_id ? await listSeriesRows(db, dialogue.series_id) : [dialogue];
  const moving = isWholeSeries ? rows.filter((row) => row.status !== "cancelled") : [dialogue];
  // Held (its time has come, or marked) is history; opened ahead of its day is only preparation, and a
  // meeting weeks away must stay movable (a review found it locked once its agenda was shown).
  if (moving.some((row) => isDialogueHeld(row, options.now))) {
    return { ok: false, error: isWholeSeries ? "seriesHeld" : "held" };
  }
  const from = occurrenceOf(dialogue);
  const before = rows.map((row) => ({ ...row }));
  await db.transaction().execute(async (tx) => {
    if (isWholeSeries && dialogue.rhythm) {
      // The same rhythm from the new first date: every row gets its new place in the rule.
      const dates = occurrenceDates(dialogue.rhythm, to.date, FOLLOW_UP_PLANS[dialogue.rhythm].count);
      for (const [index, row] of rows.entries()) {
        const on = dates[index] ?? row.starts_on;
        await tx
          .updateTable("dialogues")
          .set({
            starts_on: on,
            starts_at: to.time,
            occurrence_on: on,
            occurrence_at: to.time,
            location: to.location,
          })
          .where("id", "=", row.id)
          .execute();
      }
    } else {
      await tx
        .updateTable("dialogues")
        .set({ starts_on: to.date, starts_at: to.time, location: to.location })
        .where("id", "=", dialogue.id)
        .execute();
    }
    await raiseSequence(tx, dialogue);
  });
  const moved = await db
    .selectFrom("dialogues")
    .selectAll()
    .where("id", "=", dialogue.id)
    .executeTakeFirstOrThrow();
  const loaded = await loadDialogueCalendar(db, moved);
  try {
    await sendMeetingMoved(services, {
      loaded,
      scope: dialogue.series_id ? options.scope : "dialogue",
      from,
    });
  } catch (error) {
    services.log.error({ err: error }, "meeting-moved mail failed");
    // Back to where it was; the SEQUENCE stays raised, which no calendar minds.
    for (const row of before) {
      await db
        .updateTable("dialogues")
        .set({
          starts_on: row.starts_on,
          starts_at: row.starts_at,
          occurrence_on: row.occurrence_on,
          occurrence_at: row.occurrence_at,
          location: row.location,
        })
        .where("id", "=", row.id)
        .execute();
    }
    return { ok: false, error: "sendFailed" };
  }
  return { ok: true, dialogueId: moved.id, toldEmail: loaded.inviteeEmail };
}

/** Every row of a series in the order of its rule. */
export async function listSeriesRows(db: Executor, seriesId: string): Promise<Dialogue[]> {
  return db
    .selectFrom("dialogues")
    .selectAll()
    .where("series_id", "=", seriesId)
    .orderBy("occurrence_on")
    .orderBy("occurrence_at")
    .execute();
}

/** One step up for the dialogue's calendar event; a series' rows share theirs. */
export async function raiseSequence(
  db: Executor,
  dialogue: Pick<Dialogue, "id" | "series_id">,
): Promise<void> {
  const query = db
    .updateTable("dialogues")
    .set({ calendar_sequence: sql`calendar_sequence + 1`, updated_at: nowDbTime() });
  await (dialogue.series_id
    ? query.where("series_id", "=", dialogue.series_id)
    : query.where("id", "=", dialogue.id)
  ).execute();
}
