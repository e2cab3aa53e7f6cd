import { findUnitLeaders } from "~/features/organisation/find-unit-leaders.server";
import { findSsoConnection } from "~/features/sso/sso-connections.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { createRolloutPasswordLink } from "./rollout-password-link.server";
import {
  claimRolloutRecipient,
  markRolloutRecipientSent,
  releaseRolloutRecipient,
} from "./rollout-recipients.server";
import { sendRolloutMail, type WayIn } from "./send-rollout-mail.server";

export interface RolloutResult {
  /** Leaders mailed now; leaders left out because they were invited before; sends that failed. */
  sent: number;
  skipped: number;
  failed: number;
}

/**
 * Roll-out: HR or top management invites the active leaders of a unit (and the units below it) to
 * start the tool, and the roll-out is recorded. Each leader is invited once: one already invited,
 * by this unit's roll-out or a unit above it, is skipped. Each leader is claimed before their mail
 * is sent, so two roll-outs at the same moment mail them once. Null: no such unit here.
 */
export async function inviteUnitLeaders(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: { organisationId: string; unitId: string; sender: { id: string; name: string; email: string } },
): Promise<RolloutResult | null> {
  const { db } = services;
  const found = await findUnitLeaders(db, options);
  if (!found) return null;
  const { unit, leaders } = found;
  const wayInFor = await wayInForOrganisation(db, options.organisationId);
  const rolloutId = newId();
  await db
    .insertInto("rollouts")
    .values({
      id: rolloutId,
      organisation_id: options.organisationId,
      unit_id: unit.id,
      unit_path: unit.path,
      sent_by: options.sender.id,
      sent_at: nowDbTime(),
      mailed_count: 0,
      skipped_count: 0,
      failed_count: 0,
    })
    .execute();
  const result: RolloutResult = { sent: 0, skipped: 0, failed: 0 };
  for (const leader of leaders) {
    const claimId = await claimRolloutRecipient(db, {
      organisationId: options.organisationId,
      rolloutId,
      userId: leader.id,
    });
    if (claimId === null) {
      result.skipped++;
      continue;
    }
    // One undeliverable address must not stop the others; the page says how many failed.
    try {
      const way = wayInFor(leader.password_hash !== null);
      const wayIn: WayIn =
        way === "choosePassword"
          ? {
              kind: "choosePassword",
              token: await createRolloutPasswordLink(db, {
                id: leader.id,
                organisation_id: options.organisationId,
              }),
            }
          : way;
      await sendRolloutMail(services, { ...leader, wayIn }, options.sender);
    } catch (error) {
      result.failed++;
      services.log.warn(
        { err: error, userId: leader.id },
        "roll-out mail failed; a later roll-out tries again",
      );
      await releaseRolloutRecipient(db, { userId: leader.id, claimId });
      continue;
    }
    await markRolloutRecipientSent(db, { userId: leader.id, claimId });
    result.sent++;
  }
  await db
    .updateTable("rollouts")
    .set({ mailed_count: result.sent, skipped_count: result.skipped, failed_count: result.failed })
    .where("id", "=", rolloutId)
    .execute();
  return result;
}

/** An organisation with single sign-on sends everyone there; otherwise a password, set or to choose. */
async function wayInForOrganisation(
  db: Executor,
  organisationId: string,
): Promise<(hasPassword: boolean) => Exclude<WayIn, { kind: "choosePassword" }> | "choosePassword"> {
  const [organisation, connection] = await Promise.all([
    db.selectFrom("organisations").select("slug").where("id", "=", organisationId).executeTakeFirstOrThrow(),
    findSsoConnection(db, organisationId),
  ]);
  if (connection) return () => ({ kind: "sso", slug: organisation.slug });
  return (hasPassword) => (hasPassword ? { kind: "signIn" } : "choosePassword");
}
