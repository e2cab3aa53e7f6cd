import pino from "pino";
import { expect, it } from "vitest";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { figuresForRequest } from "~/features/figures/figures-for-request.server";
import { createFiguresRefresher } from "~/features/figures/figures-refresher.server";
import { computeFigures, latestFigures } from "~/features/figures/latest-figures.server";
import { createUser } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 16: the figures are computed in the background (at start and on the refresher's clock), so
// a reader gets the last computed ones instead of computing a whole organisation in its request.

describeEachDialect("the figures computed in the background", (getDb) => {
  let counter = 0;
  async function organisationWithTenLeaders() {
    const id = newId();
    await getDb()
      .insertInto("organisations")
      .values({
        id,
        name: "Tal Kommune",
        slug: `baggrund-${++counter}-${Date.now()}`,
        created_at: nowDbTime(),
      })
      .execute();
    await startLeaders(id, 10);
    return id;
  }
  let leaderCounter = 0;
  /** Leaders without a unit, each with a cycle this quarter: one cell of the figures. */
  async function startLeaders(organisationId: string, count: number) {
    for (let index = 0; index < count; index++) {
      const user = await createUser(getDb(), {
        organisationId,
        email: `leder-${++leaderCounter}-${organisationId}@kommune.dk`,
        name: "Leder",
        passwordHash: null,
      });
      await ensureActiveCycle(getDb(), user);
    }
  }
  const page = (organisationId: string) =>
    figuresForRequest(getDb(), { organisationId, url: new URL("http://localhost/tal") });
  const services = () => ({
    db: getDb(),
    log: pino({ level: "silent" }),
    config: { reminderIntervalSeconds: 60 } as Config,
  });

  it("answers readers from the last refresh, and counts a change at the next one", async () => {
    const id = await organisationWithTenLeaders();
    const refresher = createFiguresRefresher(services());
    await refresher.runOnce();
    const refreshed = await latestFigures(getDb(), id);
    // The reader gets what the refresh computed — the same held figures, not a computation of its own.
    expect((await page(id)).figures.started).toEqual({ value: 10 });
    expect(await latestFigures(getDb(), id)).toBe(refreshed);
    // The unfiltered page was computed by the refresh already.
    expect([...refreshed.aggregates.keys()]).toHaveLength(1);

    // Five more leaders in the same cell: counted at the next refresh, not before.
    await startLeaders(id, 5);
    expect((await page(id)).figures.started).toEqual({ value: 10 });
    await refresher.runOnce();
    expect((await page(id)).figures.started).toEqual({ value: 15 });
    expect(await latestFigures(getDb(), id)).not.toBe(refreshed);
    await refresher.stop();
  });

  it("shares one computation between concurrent readers, and keeps the privacy rule", async () => {
    const id = await organisationWithTenLeaders();
    const [first, second] = await Promise.all([computeFigures(getDb(), id), computeFigures(getDb(), id)]);
    expect(first).toBe(second);
    // Four leaders in a unit of their own are a cell under five: left out, whenever computed.
    const unitId = newId();
    await getDb()
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: id,
        parent_id: null,
        name: "Fire",
        path: "Fire",
        created_at: nowDbTime(),
      })
      .execute();
    for (let index = 0; index < 4; index++) {
      const user = await createUser(getDb(), {
        organisationId: id,
        email: `fire-${index}-${id}@kommune.dk`,
        name: "Lille celle",
        passwordHash: null,
        unitId,
      });
      await ensureActiveCycle(getDb(), user);
    }
    await computeFigures(getDb(), id);
    const { figures } = await page(id);
    expect(figures.started).toEqual({ value: 10 });
    expect(figures.leftOutCells).toBe(1);
  });

  it("computed before the server listens, the start's refresh is not run again at once", async () => {
    // server/app.ts awaits runOnce() before it listens, so the first reader after a start never
    // joins a computation held back by a flood of other requests (decision 046); start() then only
    // sets the clock for the next refresh instead of computing everything a second time.
    const id = await organisationWithTenLeaders();
    const refresher = createFiguresRefresher(services());
    await refresher.runOnce();
    const held = await latestFigures(getDb(), id);
    await startLeaders(id, 5);
    refresher.start();
    // Time enough for a refresh of ten leaders to finish, had start() begun one (not a threshold).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await refresher.stop();
    expect(await latestFigures(getDb(), id)).toBe(held);
  });

  it("a stopped refresher computes nothing more", async () => {
    const id = await organisationWithTenLeaders();
    const refresher = createFiguresRefresher(services());
    await refresher.runOnce();
    const held = await latestFigures(getDb(), id);
    await refresher.stop();
    await startLeaders(id, 5);
    await refresher.runOnce();
    expect(await latestFigures(getDb(), id)).toBe(held);
  });
});
