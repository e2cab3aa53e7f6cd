import { expect, it } from "vitest";
import { action } from "~/features/organisation/admin-import.route";
import type { Mailer } from "~/platform/mail/mailer.server";
import { createOrganisation, createPerson } from "../../../tests/support/factories";
import { answerOf, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 16: twenty people-file checks at once held 200 MB in one process, each its parsed file and
// the people found for it, while they waited for the database. The checks take turns, and a waiting
// one has not read its upload: a flood of uploads holds one file, not twenty.

const BOUNDARY = "----lederdialog-turns";

/** A multipart upload whose bytes are given out only when the test says so, and which tells when read. */
function heldUpload(csv: string) {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="people.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  const bytes = new TextEncoder().encode(`${head}${csv}\r\n--${BOUNDARY}--\r\n`);
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let isRead = false;
  let hasStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    hasStarted = resolve;
  });
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        isRead = true;
        hasStarted();
        await released;
        controller.enqueue(bytes);
        controller.close();
      },
      // Nothing is pulled before a reader asks (the default would fill its queue at once).
    },
    { highWaterMark: 0 },
  );
  return { body, release, started, wasRead: () => isRead };
}

describeEachDialect("people-file checks in one process", (getDb) => {
  const mailer: Mailer = { send: async () => {} };

  it("take turns, and a waiting check has not read its upload", async () => {
    const organisation = await createOrganisation(getDb(), { name: "Tur", slugPrefix: "turns" });
    const admin = await createPerson(getDb(), { organisationId: organisation.id, roles: ["admin"] });
    const upload = (csv: string) => {
      const held = heldUpload(csv);
      const answer = answerOf(() =>
        action({
          request: new Request(new URL("/admin/import", ROUTE_CALL_URL), {
            method: "POST",
            headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, Origin: ROUTE_CALL_URL },
            body: held.body,
            duplex: "half",
          } as RequestInit),
          params: {},
          context: routeCall({ db: getDb(), mailer, user: admin, roles: ["admin"] }).context,
        } as never),
      );
      return { ...held, answer };
    };

    const first = upload("Navn;E-mail\nFørste Fil;forste@turns.dk\n");
    await first.started;
    const second = upload("Navn;E-mail\nAnden Fil;anden@turns.dk\n");
    // Give the second every chance to start reading while the first still reads its own.
    for (let tick = 0; tick < 20; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(second.wasRead()).toBe(false);

    first.release();
    second.release();
    const [firstAnswer, secondAnswer] = await Promise.all([first.answer, second.answer]);
    expect(second.wasRead()).toBe(true);
    expect(firstAnswer.status).toBe(200);
    expect(secondAnswer.status).toBe(200);
  });
});
