import { findSsoConnection } from "~/features/sso/sso-connections.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Executor } from "~/platform/db/database.server";
import { createRolloutPasswordLink } from "./rollout-password-link.server";
import {
  type ClaimedRecipient,
  claimQueuedRecipients,
  markRolloutRecipientSent,
  releaseRolloutRecipient,
  returnToQueue,
} from "./rollout-recipients.server";
import { sendRolloutMail, type WayIn } from "./send-rollout-mail.server";

/** Leaders claimed at a time: what one sender holds, whatever the roll-out's size. */
export const ROLLOUT_BATCH_SIZE = 50;

export interface RolloutSendResult {
  sent: number;
  /** Sends that failed; those leaders were given back, so a later roll-out invites them again. */
  failed: number;
}

/**
 * Mails the queued roll-out leaders (decision 052), a batch at a time, until none wait or
 * `shouldStop` says so (the process is stopping; asked before each mail, and the rest of the batch
 * goes back to the queue): with `rolloutId` after the answer to the request that queued them, and
 * without from the scheduler, which joins in on what has waited a minute and takes over what a
 * stopped process left (`claimQueuedRecipients`). Any number of senders, in one process or several,
 * may run at once: each batch is claimed, so each leader is mailed once. One undeliverable address
 * does not stop the others; its leader is given back and counted on the roll-out as failed.
 */
export async function sendQueuedRolloutMails(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: { rolloutId?: string; shouldStop?: () => boolean; batchSize?: number } = {},
): Promise<RolloutSendResult> {
  const { db } = services;
  const total: RolloutSendResult = { sent: 0, failed: 0 };
  const wayInByOrganisation = new Map<string, WayInFor>();
  const shouldStop = options.shouldStop ?? (() => false);
  while (!shouldStop()) {
    const { claimId, recipients } = await claimQueuedRecipients(db, {
      limit: options.batchSize ?? ROLLOUT_BATCH_SIZE,
      rolloutId: options.rolloutId,
    });
    if (recipients.length === 0) break;
    for (const [index, recipient] of recipients.entries()) {
      if (shouldStop()) {
        await returnToQueue(db, { claimId, userIds: recipients.slice(index).map((left) => left.userId) });
        return total;
      }
      const claim = { userId: recipient.userId, rolloutId: recipient.rolloutId, claimId };
      try {
        // Read just before its mail: a leader deactivated or deleted meanwhile, or a sender whose
        // account is gone, is not mailed (given back like a failed send).
        const found = await readRecipient(db, recipient);
        if (!found) throw new Error("the leader or the sender is no longer there");
        let wayInFor = wayInByOrganisation.get(recipient.organisationId);
        if (!wayInFor) {
          wayInFor = await wayInForOrganisation(db, recipient.organisationId);
          wayInByOrganisation.set(recipient.organisationId, wayInFor);
        }
        const way = wayInFor(found.leader.password_hash !== null);
        const wayIn: WayIn =
          way === "choosePassword"
            ? {
                kind: "choosePassword",
                token: await createRolloutPasswordLink(db, {
                  id: recipient.userId,
                  organisation_id: recipient.organisationId,
                }),
              }
            : way;
        await sendRolloutMail(services, { ...found.leader, wayIn }, found.sender);
      } catch (error) {
        total.failed++;
        // Ids and the SMTP server's codes only: its message names the address, which stays out of the logs.
        const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
        services.log.warn(
          { userId: recipient.userId, rolloutId: recipient.rolloutId, code, responseCode },
          "roll-out mail failed; a later roll-out tries again",
        );
        await releaseRolloutRecipient(db, claim);
        continue;
      }
      await markRolloutRecipientSent(db, claim);
      total.sent++;
    }
  }
  return total;
}

/** The claimed leader, still active and still queued, and the roll-out's sender, still there. */
async function readRecipient(db: Executor, recipient: ClaimedRecipient) {
  const row = await db
    .selectFrom("rollout_recipients")
    .innerJoin("users as leader", "leader.id", "rollout_recipients.user_id")
    .innerJoin("rollouts", "rollouts.id", "rollout_recipients.rollout_id")
    .innerJoin("users as sender", "sender.id", "rollouts.sent_by")
    .select([
      "leader.email",
      "leader.name",
      "leader.locale",
      "leader.password_hash",
      "sender.name as sender_name",
      "sender.email as sender_email",
    ])
    .where("rollout_recipients.user_id", "=", recipient.userId)
    .where("leader.is_active", "=", 1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    leader: { email: row.email, name: row.name, locale: row.locale, password_hash: row.password_hash },
    sender: { name: row.sender_name, email: row.sender_email },
  };
}

type WayInFor = (hasPassword: boolean) => Exclude<WayIn, { kind: "choosePassword" }> | "choosePassword";

/** An organisation with single sign-on sends everyone there; otherwise a password, set or to choose. */
async function wayInForOrganisation(db: Executor, organisationId: string): Promise<WayInFor> {
  const [organisation, connection] = await Promise.all([
    db.selectFrom("organisations").select("slug").where("id", "=", organisationId).executeTakeFirstOrThrow(),
    findSsoConnection(db, organisationId),
  ]);
  if (connection) return () => ({ kind: "sso", slug: organisation.slug });
  return (hasPassword) => (hasPassword ? { kind: "signIn" } : "choosePassword");
}
