import { expect, it } from "vitest";
import { hashPassword } from "~/features/account/password.server";
import { action as signInAction } from "~/features/account/sign-in.route";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { loader as figuresLoader } from "~/features/figures/figures.route";
import { loader as adminLoader } from "~/features/organisation/admin-people.route";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { loader as rolloutLoader } from "~/features/rollout/rollout.route";
import { createUser } from "~/platform/auth/users.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import { nowDbTime } from "~/platform/db/time.server";
import { loader as rootLoader } from "~/root";
import { answerOf, formPost, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

const PASSWORD = "en god lang adgangssætning";

describeEachDialect("each role lands where its work is (issue 15, item 6)", (getDb) => {
  let counter = 0;
  let passwordHash: string;

  async function person(roles: Role[]) {
    passwordHash ??= await hashPassword(PASSWORD);
    const organisation = await ensureDefaultOrganisation(getDb());
    return createUser(getDb(), {
      organisationId: organisation.id,
      email: `rolle-${++counter}@kommune.dk`,
      name: `Person ${counter}`,
      passwordHash,
      roles,
      emailVerifiedAt: nowDbTime(),
    });
  }

  async function signInLocation(email: string, redirectTo?: string) {
    const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, ip: `198.51.100.${counter}` });
    const fields: Record<string, string> = { email, password: PASSWORD };
    if (redirectTo !== undefined) fields.redirectTo = redirectTo;
    const answer = await answerOf(() =>
      signInAction({ request: formPost("/log-ind", fields), context: call.context, params: {} } as never),
    );
    expect(answer.status).toBe(302);
    return answer.location;
  }

  it("after sign-in: an administrator on /admin, HR, top management and MED on the figures, a leader at home", async () => {
    const cases: [Role[], string][] = [
      [["admin"], "/admin"],
      [["hr"], "/tal"],
      [["top_management"], "/tal"],
      [["med"], "/tal"],
      [["leader"], "/min-lederdialog"],
    ];
    for (const [roles, expected] of cases) {
      const user = await person(roles);
      expect(await signInLocation(user.email), roles.join(",")).toBe(expected);
    }
  });

  it("a page asked for wins, and someone who began their own dialogue lands on it", async () => {
    const hr = await person(["hr"]);
    expect(await signInLocation(hr.email, "/min-lederdialog/kontrakt")).toBe("/min-lederdialog/kontrakt");
    await ensureActiveCycle(getDb(), hr);
    expect(await signInLocation(hr.email)).toBe("/min-lederdialog");
  });

  it("the header links exactly the work pages the role may open, decided on the server", async () => {
    const pages = [
      { key: "figures", loader: figuresLoader, path: "/tal" },
      { key: "rollout", loader: rolloutLoader, path: "/udrul" },
      { key: "admin", loader: adminLoader, path: "/admin" },
    ] as const;
    for (const roles of [["leader"], ["hr"], ["top_management"], ["med"], ["admin"]] as Role[][]) {
      const user = await person(roles);
      const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, user });
      const root = (await rootLoader({
        request: new Request("http://lederdialog.test/min-lederdialog"),
        context: call.context,
        params: {},
      } as never)) as unknown as { user: { work: Record<string, boolean> } };
      for (const page of pages) {
        const answer = await answerOf(() =>
          page.loader({
            request: new Request(`http://lederdialog.test${page.path}`),
            context: call.context,
            params: {},
          } as never),
        );
        // Offered in the header exactly when the page itself lets this person in.
        expect(root.user.work[page.key], `${roles.join(",")} ${page.path}`).toBe(answer.status === 200);
      }
    }
  });
});
