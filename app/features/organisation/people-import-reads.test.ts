import type { KyselyPlugin } from "kysely";
import { expect, it } from "vitest";
import { checkPeopleImport } from "~/features/organisation/import-people.server";
import { createOrganisation, createPerson, uniqueTag } from "../../../tests/support/factories";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 16: checking a people file read every person and every role of the organisation — 100,000
// rows per check at 100,000 leaders, 651 MB of RSS after three checks (docs/performance.md). The
// check of the same one-row file must read as many rows in an organisation of 20 as in one of 400.

/** Counts the rows every query through this handle brings back. */
function rowCounter() {
  let rows = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      rows += args.result.rows.length;
      return args.result;
    },
  };
  return { plugin, read: () => rows };
}

describeEachDialect("checking a people file", (getDb) => {
  async function organisationOf(size: number) {
    const organisation = await createOrganisation(getDb(), { name: "Test Kommune", slugPrefix: "reads" });
    const tag = uniqueTag("reads");
    const chief = await createPerson(getDb(), {
      organisationId: organisation.id,
      email: `chef-${tag}@kommune.dk`,
      name: "Chef",
    });
    const other = await createPerson(getDb(), {
      organisationId: organisation.id,
      email: `anden-${tag}@kommune.dk`,
      name: "Anden Chef",
    });
    for (let index = 1; index <= size; index++) {
      await createPerson(getDb(), {
        organisationId: organisation.id,
        email: `leder${index}-${tag}@kommune.dk`,
        name: `Leder ${index}`,
        nearestLeaderId: chief.id,
      });
    }
    // One leader moves to the other chief: a change of nearest leader, checked for loops.
    const csv = `navn;email;nærmeste leder\nLeder 1;leder1-${tag}@kommune.dk;${other.email}\n`;
    return { organisationId: organisation.id, csv };
  }

  async function rowsReadChecking(size: number) {
    const { organisationId, csv } = await organisationOf(size);
    const counter = rowCounter();
    const check = await checkPeopleImport(getDb().withPlugin(counter.plugin), { organisationId, csv });
    expect(check.errors).toEqual([]);
    expect(check.changedCount).toBe(1);
    expect(check.nearestLeaderChanges).toHaveLength(1);
    return counter.read();
  }

  it("reads what the file names, not the whole organisation", async () => {
    const small = await rowsReadChecking(20);
    const large = await rowsReadChecking(400);
    expect(large).toBe(small);
  });
});
