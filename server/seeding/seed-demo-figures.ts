import { createAgreement, setAgreementStatus } from "~/features/agreements/agreements.server";
import { saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { createUser, findUserByEmail } from "~/platform/auth/users.server";
import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";

const UNIT = "Sundhed og Omsorg";
const LEADERS = 10;

/**
 * Ten more demo leaders in one unit, with the progress the figures count (all prepared and wrote a
 * kontrakt, five held a dialogue, agreements half kept), so HR sees real, unsuppressed figures in
 * the demo. They have no password: they exist for the figures only. Idempotent.
 */
export async function seedDemoFigures(
  db: Executor,
  options: { organisationId: string; nearestLeaderId: string },
): Promise<void> {
  const existingUnit = await db
    .selectFrom("units")
    .select("id")
    .where("organisation_id", "=", options.organisationId)
    .where("path", "=", UNIT)
    .executeTakeFirst();
  const unitId = existingUnit?.id ?? newId();
  if (!existingUnit) {
    await db
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: options.organisationId,
        parent_id: null,
        name: UNIT,
        path: UNIT,
        created_at: nowDbTime(),
      })
      .execute();
  }
  const noFollowUp = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };
  for (let index = 1; index <= LEADERS; index++) {
    const email = `leder${index}@demo.lederdialog.dk`;
    if (await findUserByEmail(db, email)) continue;
    const user = await createUser(db, {
      organisationId: options.organisationId,
      email,
      name: `Demoleder ${index}`,
      passwordHash: null,
      locale: "da",
      nearestLeaderId: options.nearestLeaderId,
      // The five with a dialogue held it with this nearest leader, as if they had accepted an invitation.
      acceptedNearestLeaderId: index <= 5 ? options.nearestLeaderId : null,
      unitId,
      roles: ["leader"],
      emailVerifiedAt: nowDbTime(),
    });
    const cycle = await ensureActiveCycle(db, user);
    await saveCycleText(db, { cycle, key: "note:goals", body: "Forberedt" });
    await saveCycleText(db, { cycle, key: "kontrakt:goals", body: "Mål for året" });
    const agreement = await createAgreement(db, {
      cycle,
      fields: { ...noFollowUp, kind: "self", text: "Pauser" },
    });
    await createAgreement(db, { cycle, fields: { ...noFollowUp, kind: "self", text: "Sparring" } });
    await setAgreementStatus(db, agreement.id, "completed");
    if (index <= 5) {
      const now = nowDbTime();
      const id = newId();
      await db
        .insertInto("dialogues")
        .values({
          id,
          organisation_id: options.organisationId,
          cycle_id: cycle.id,
          leader_id: user.id,
          nearest_leader_id: options.nearestLeaderId,
          starts_on: now.slice(0, 10),
          starts_at: "10:00",
          duration_minutes: 45,
          location: "Mødelokale 1",
          status: "held",
          series_id: null,
          rhythm: null,
          started_at: now,
          calendar_uid: id,
          calendar_sequence: 0,
          occurrence_on: null,
          occurrence_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  }
}
