import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import type { SessionUser } from "~/platform/auth/sessions.server";
import { findUserByEmail } from "~/platform/auth/users.server";
import type { AppServices } from "~/platform/context/context.server";
import { toCount } from "~/platform/db/count.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { toDbTime } from "~/platform/db/time.server";
import { cancelReplacedInvitation } from "./cancel-replaced-invitation.server";
import { createDialogueInvitation } from "./dialogue-invitations.server";
import { sendDialogueInvitation } from "./send-dialogue-invitation.server";

/** Invitations a leader may send in a day: enough to correct a typo, too few to send spam with. */
export const INVITATIONS_PER_DAY = 10;

export type InviteResult = { ok: true } | { ok: false; error: "ownEmail" | "rateLimited" | "sendFailed" };

/** "Inviter din leder": the dialogue, its single-use link, and the mails with the calendar invitation. */
export async function inviteNearestLeader(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: {
    user: SessionUser["user"];
    cycle: Cycle;
    invite: { email: string; date: string; time: string; location: string };
    now?: Date;
  },
): Promise<InviteResult> {
  const { db } = services;
  const { user, invite } = options;
  const now = options.now ?? new Date();
  if (normalizeEmail(invite.email) === normalizeEmail(user.email)) return { ok: false, error: "ownEmail" };

  const since = toDbTime(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  const recent = await db
    .selectFrom("dialogues")
    .select((eb) => eb.fn.countAll().as("count"))
    .where("leader_id", "=", user.id)
    .where("rhythm", "is", null)
    .where("created_at", ">", since)
    .executeTakeFirst();
  if (toCount(recent?.count) >= INVITATIONS_PER_DAY) return { ok: false, error: "rateLimited" };

  const { dialogue, token, replaced } = await createDialogueInvitation(db, {
    cycle: options.cycle,
    email: invite.email,
    startsOn: invite.date,
    startsAt: invite.time,
    location: invite.location,
    now,
  });
  // The mail is in the recipient's language when they already use Lederdialog; Danish otherwise.
  const recipient = await findUserByEmail(db, invite.email);
  try {
    await sendDialogueInvitation(services, {
      dialogue,
      leader: {
        name: user.name,
        email: user.email,
        locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
      },
      nearestLeader: {
        email: invite.email,
        locale: recipient && isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE,
      },
      token,
    });
  } catch (error) {
    // A link nobody received must not stay usable; the leader can simply send again.
    services.log.error({ err: error }, "invitation mail failed");
    await db.updateTable("dialogues").set({ status: "cancelled" }).where("id", "=", dialogue.id).execute();
    return { ok: false, error: "sendFailed" };
  }
  // The earlier invitation went to another address: that person's calendar loses the meeting.
  if (replaced && normalizeEmail(replaced.email) !== normalizeEmail(invite.email)) {
    await cancelReplacedInvitation(services, { ...replaced, sequence: dialogue.calendar_sequence });
  }
  return { ok: true };
}
