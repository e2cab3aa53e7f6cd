import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { acceptInvitation, createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { findDialogueForParticipant } from "~/features/dialogue/dialogues.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { type CreateUserOptions, createUser, findUserById } from "~/platform/auth/users.server";
import type { DB, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { User } from "~/platform/db/tables/users.table";
import { nowDbTime } from "~/platform/db/time.server";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import type { SmtpInbox } from "./smtp-inbox";
import { verifyAddress } from "./verify-address";

// The things many database tests build before they act: an organisation with units, the people in
// it, a leader and her nearest leader in an accepted dialogue, a mailer that delivers to the test's
// SMTP inbox. Each call makes fresh, unique rows, so the
// tests of both engines and of one file never meet.

let made = 0;

/** A text no other call gives: for slugs and addresses that must be unique in the database. */
export function uniqueTag(prefix: string): string {
  made += 1;
  return `${prefix}-${Date.now()}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A mailer that sends over SMTP to the test's own inbox (what the app does with SMTP_URL). */
export function inboxMailer(inbox: Pick<SmtpInbox, "port">): Mailer {
  return createMailer({
    publicUrl: new URL("http://localhost:3000"),
    smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
    from: "Lederdialog <x@y.dk>",
    outboxDir: "/nonexistent",
  });
}

export interface TestOrganisation {
  id: string;
  slug: string;
  /** The id of each unit made with it, by name (units at the top, path = name). */
  units: Record<string, string>;
}

/** An organisation of its own (not the default one), with units at the top level by name. */
export async function createOrganisation(
  db: Executor,
  options: { name: string; slugPrefix: string; units?: readonly string[] },
): Promise<TestOrganisation> {
  const id = newId();
  const slug = uniqueTag(options.slugPrefix);
  await db
    .insertInto("organisations")
    .values({ id, name: options.name, slug, created_at: nowDbTime() })
    .execute();
  const units: Record<string, string> = {};
  for (const name of options.units ?? []) {
    units[name] = newId();
    await db
      .insertInto("units")
      .values({
        id: units[name],
        organisation_id: id,
        parent_id: null,
        name,
        path: name,
        created_at: nowDbTime(),
      })
      .execute();
  }
  return { id, slug, units };
}

/**
 * A person without a password (unless given one) in the organisation; the address is unique unless
 * the test names it.
 */
export async function createPerson(
  db: Executor,
  options: Partial<CreateUserOptions> & Pick<CreateUserOptions, "organisationId">,
): Promise<User> {
  return createUser(db, {
    email: `${uniqueTag("person")}@kommune.dk`,
    name: "Leder",
    passwordHash: null,
    roles: ["leader"],
    ...options,
  });
}

/**
 * A person of the default organisation who has verified their address, as everyone who accepts an
 * invitation or reads what was shared must have (decision 022); read back, so `email_verified_at`
 * is the stored one. The address is unique and made from the name; no role unless given.
 */
export async function createVerifiedPerson(
  db: DB,
  options: Partial<CreateUserOptions> & Pick<CreateUserOptions, "name">,
): Promise<User> {
  const organisation = await ensureDefaultOrganisation(db);
  const created = await createUser(db, {
    organisationId: organisation.id,
    email: `${uniqueTag(options.name.toLowerCase())}@kommune.dk`,
    passwordHash: null,
    ...options,
  });
  await verifyAddress(db, created);
  const user = await findUserById(db, created.id);
  if (!user) throw new Error(`${created.email} was not stored`);
  return user;
}

/**
 * The leader's dialogue with her nearest leader, invited to `startsOn` at 10:00 in Mødelokale 2 and
 * accepted by him: what every test of the meeting, its notes and its agreements starts from.
 */
export async function createAcceptedDialogue(
  db: DB,
  options: { leader: User; nearest: User; startsOn: string },
) {
  const cycle = await ensureActiveCycle(db, options.leader);
  const { dialogue, token } = await createDialogueInvitation(db, {
    cycle,
    email: options.nearest.email,
    startsOn: options.startsOn,
    startsAt: "10:00",
    location: "Mødelokale 2",
  });
  const accepted = await acceptInvitation(db, {
    token,
    userId: options.nearest.id,
    userEmail: options.nearest.email,
  });
  if (!accepted.ok) throw new Error(`the invitation was not accepted: ${JSON.stringify(accepted)}`);
  const found = await findDialogueForParticipant(db, { dialogueId: dialogue.id, userId: options.nearest.id });
  if (!found) throw new Error("the accepted dialogue is not the nearest leader's");
  return { cycle, dialogue: found.dialogue, token };
}
