import { hashPassword } from "~/features/account/password.server";
import { createUser, findUserByEmail } from "~/platform/auth/users.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import { nowDbTime } from "~/platform/db/time.server";
import { seedDemoFigures } from "./seed-demo-figures";

export const DEMO_PASSWORD = "demo-lederdialog";

export interface DemoAccount {
  role: string;
  name: string;
  email: string;
}

export const DEMO_PEOPLE: { key: string; role: string; name: string; email: string; roles: Role[] }[] = [
  {
    key: "nearest",
    role: "Nærmeste leder",
    name: "Niels Nørgaard",
    email: "niels@demo.lederdialog.dk",
    roles: ["leader"],
  },
  { key: "leader", role: "Leder", name: "Lone Lund", email: "lone@demo.lederdialog.dk", roles: ["leader"] },
  { key: "hr", role: "HR-konsulent", name: "Hanne Holm", email: "hanne@demo.lederdialog.dk", roles: ["hr"] },
  {
    key: "admin",
    role: "Administrator",
    name: "Anders Aagaard",
    email: "anders@demo.lederdialog.dk",
    roles: ["admin"],
  },
];

/**
 * The demo organisation: a leader, their nearest leader, an HR consultant and an administrator,
 * and ten leaders whose progress gives HR real figures.
 * Only `npm run demo` calls this, on its own database, so demo data never mixes with real data.
 * Idempotent: a second run finds the accounts and leaves them as they are.
 */
export async function seedDemoOrganisation(db: DB): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (tx) => {
    let organisation = await tx
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", "demo")
      .executeTakeFirst();
    if (!organisation) {
      organisation = { id: newId() };
      await tx
        .insertInto("organisations")
        .values({ id: organisation.id, name: "Demo Kommune", slug: "demo", created_at: nowDbTime() })
        .execute();
    }
    const ids: Record<string, string> = {};
    for (const person of DEMO_PEOPLE) {
      const existing = await findUserByEmail(tx, person.email);
      ids[person.key] =
        existing?.id ??
        (
          await createUser(tx, {
            organisationId: organisation.id,
            email: person.email,
            name: person.name,
            passwordHash,
            locale: "da",
            nearestLeaderId: person.key === "leader" ? ids.nearest : null,
            roles: person.roles,
            // Demo addresses receive no mail: they count as verified, so every demo role works at once.
            emailVerifiedAt: nowDbTime(),
          })
        ).id;
    }
    await seedDemoFigures(tx, { organisationId: organisation.id, nearestLeaderId: ids.nearest as string });
  });
  return DEMO_PEOPLE.map(({ role, name, email }) => ({ role, name, email }));
}
