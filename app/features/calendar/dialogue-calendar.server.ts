import type { TFunction } from "i18next";
import type { Executor } from "~/platform/db/database.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import type { User } from "~/platform/db/tables/users.table";
import { followUpSeriesEvent, occurrenceOf } from "./follow-up-series-event.server";
import type { DialogueCalendarMethod, DialogueEventOptions } from "./render-dialogue-invitation.server";

/** What a dialogue's calendar object is written from: the two people, and a series' rows. */
export interface DialogueCalendar {
  dialogue: Dialogue;
  leader: Pick<User, "name" | "email" | "locale">;
  /** The accepted nearest leader, or null before acceptance (or when that account is gone). */
  nearestLeader: Pick<User, "name" | "email" | "locale"> | null;
  /** Who the calendar object is addressed to: the accepted nearest leader, else the invited address. */
  inviteeEmail: string;
  /** Every row of the series, the cancelled ones too; empty for a dialogue on its own. */
  seriesRows: Dialogue[];
}

/** Only what a calendar object names of a person (read here: calendar sits below the users folder). */
function findPerson(db: Executor, id: string) {
  return db.selectFrom("users").select(["name", "email", "locale"]).where("id", "=", id).executeTakeFirst();
}

export async function loadDialogueCalendar(db: Executor, dialogue: Dialogue): Promise<DialogueCalendar> {
  const [leader, nearestLeader, invitation, seriesRows] = await Promise.all([
    findPerson(db, dialogue.leader_id),
    dialogue.nearest_leader_id ? findPerson(db, dialogue.nearest_leader_id) : undefined,
    db
      .selectFrom("invitations")
      .select("email")
      .where("dialogue_id", "=", dialogue.id)
      .orderBy("created_at", "desc")
      .executeTakeFirst(),
    dialogue.series_id
      ? db.selectFrom("dialogues").selectAll().where("series_id", "=", dialogue.series_id).execute()
      : [],
  ]);
  return {
    dialogue,
    leader: leader ?? { name: "", email: "", locale: null },
    nearestLeader: nearestLeader ?? null,
    inviteeEmail: nearestLeader?.email ?? invitation?.email ?? "",
    seriesRows,
  };
}

/**
 * The options for `renderDialogueInvitation` for one reader: the whole dialogue or series, or with
 * `onlyOccurrence` just that follow-up (RECURRENCE-ID). `otherName` is the other person's name,
 * which a series' title holds.
 */
export function dialogueEventOptions(
  loaded: DialogueCalendar,
  options: {
    t: TFunction;
    publicUrl: URL;
    method: DialogueCalendarMethod;
    otherName: string;
    onlyOccurrence?: boolean;
    now?: Date;
  },
): DialogueEventOptions {
  const { dialogue } = loaded;
  const base = {
    leader: { name: loaded.leader.name, email: loaded.leader.email },
    nearestLeaderEmail: loaded.inviteeEmail,
    isAccepted: loaded.nearestLeader !== null,
    t: options.t,
    publicUrl: options.publicUrl,
    method: options.method,
    ...(options.now ? { now: options.now } : {}),
  };
  if (!dialogue.series_id || loaded.seriesRows.length === 0) return { ...base, dialogue };
  const { dialogue: master, series } = followUpSeriesEvent(options.t, {
    rows: loaded.seriesRows,
    otherName: options.otherName,
  });
  if (options.onlyOccurrence) {
    return {
      ...base,
      dialogue: { ...dialogue, calendar_sequence: master.calendar_sequence },
      series: { ...series, moved: [], excluded: [] },
      occurrence: occurrenceOf(dialogue),
    };
  }
  return { ...base, dialogue: master, series };
}
