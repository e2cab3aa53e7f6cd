import { loadDialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { sendMeetingCancelled } from "./send-meeting-cancelled.server";

/**
 * A new invitation went to another address than the one it replaces: the first person gets a
 * CANCEL with the meeting's UID and the new SEQUENCE. A failure is logged, not fatal: the new
 * invitation is sent, and the old link no longer works.
 */
export async function cancelReplacedInvitation(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  replaced: { dialogue: Dialogue; email: string; sequence: number },
): Promise<void> {
  try {
    const loaded = await loadDialogueCalendar(services.db, {
      ...replaced.dialogue,
      calendar_sequence: replaced.sequence,
    });
    await sendMeetingCancelled(services, {
      loaded: { ...loaded, inviteeEmail: replaced.email },
      scope: "dialogue",
      sides: ["invitee"],
    });
  } catch (error) {
    services.log.warn({ err: error }, "could not cancel the replaced invitation");
  }
}
