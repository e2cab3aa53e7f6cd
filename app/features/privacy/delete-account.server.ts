import { sendMeetingCancelled } from "~/features/dialogue/send-meeting-cancelled.server";
import type { AppServices } from "~/platform/context/context.server";
import { findMeetingsAhead } from "./find-meetings-ahead.server";
import { sendAccountDeletedMail } from "./send-account-deleted-mail.server";

interface OtherParty {
  email: string;
  name: string;
  locale: string | null;
  /** Whether the deleted person was the leader of the dialogue (their texts go) or its nearest leader. */
  deletedWasLeader: boolean;
}

/**
 * A person deletes their account and everything they wrote (issue 6, item 3). Their cycles go, and
 * with them their texts, agreements, shares, dialogues, agendas, shared notes and the log of who read
 * them (the foreign keys cascade). In dialogues where they were someone's nearest leader, the shared
 * notes go too — both wrote in them, and the other party keeps nothing of the deleted person's text;
 * the leader keeps their own kontrakt and agreements. Everyone they held a dialogue with is told by
 * mail. What the organisation needs stays without the person: a roll-out they sent, the security
 * log's events (without their address).
 */
export async function deleteAccount(
  services: Pick<AppServices, "db" | "mailer" | "log" | "config">,
  options: { userId: string; now?: Date },
): Promise<{ toldOthers: number }> {
  const { db } = services;
  const user = await db
    .selectFrom("users")
    .select(["id", "name"])
    .where("id", "=", options.userId)
    .executeTakeFirst();
  if (!user) return { toldOthers: 0 };
  const others = await findOtherParties(services, user.id);
  // Read before the rows go: the meetings still ahead, to cancel in the other person's calendar.
  const meetings = await findMeetingsAhead(services.db, user.id, options.now);
  await db.transaction().execute(async (tx) => {
    const asNearestLeader = tx.selectFrom("dialogues").select("id").where("nearest_leader_id", "=", user.id);
    await tx.deleteFrom("dialogue_notes").where("dialogue_id", "in", asNearestLeader).execute();
    await tx.updateTable("security_events").set({ email: null }).where("user_id", "=", user.id).execute();
    await tx.deleteFrom("users").where("id", "=", user.id).execute();
  });
  // After the deletion, so a failed mail can never keep the data; each failure is logged, not fatal.
  let toldOthers = 0;
  for (const other of others) {
    try {
      await sendAccountDeletedMail(services, {
        to: other,
        deletedName: user.name,
        deletedWasLeader: other.deletedWasLeader,
      });
      toldOthers++;
    } catch (error) {
      services.log.warn({ err: error }, "could not tell the other party about a deleted account");
    }
  }
  for (const meeting of meetings) {
    try {
      await sendMeetingCancelled(services, {
        loaded: meeting.loaded,
        scope: meeting.loaded.seriesRows.length > 0 ? "series" : "dialogue",
        sides: [meeting.otherSide],
        reason: "accountDeleted",
        deletedName: user.name,
      });
    } catch (error) {
      services.log.warn({ err: error }, "could not cancel a meeting of a deleted account");
    }
  }
  return { toldOthers };
}

/** The people who held a dialogue with this person (an accepted invitation), once each. */
async function findOtherParties(services: Pick<AppServices, "db">, userId: string): Promise<OtherParty[]> {
  const { db } = services;
  const [theirNearestLeaders, theirLeaders] = await Promise.all([
    db
      .selectFrom("dialogues")
      .innerJoin("users", "users.id", "dialogues.nearest_leader_id")
      .select(["users.id", "users.email", "users.name", "users.locale"])
      .where("dialogues.leader_id", "=", userId)
      .distinct()
      .execute(),
    db
      .selectFrom("dialogues")
      .innerJoin("users", "users.id", "dialogues.leader_id")
      .select(["users.id", "users.email", "users.name", "users.locale"])
      .where("dialogues.nearest_leader_id", "=", userId)
      .distinct()
      .execute(),
  ]);
  const byId = new Map<string, OtherParty>();
  for (const person of theirNearestLeaders) byId.set(person.id, { ...person, deletedWasLeader: true });
  for (const person of theirLeaders) byId.set(person.id, { ...person, deletedWasLeader: false });
  return [...byId.values()];
}
