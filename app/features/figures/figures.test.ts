import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { FIGURE_ROWS, figureText } from "~/features/figures/figure-rows";
import { figuresForRequest } from "~/features/figures/figures-for-request.server";
import { figuresCsvFileName, formatFiguresCsv } from "~/features/figures/format-figures-csv.server";
import { chooseUnit } from "~/features/organisation/choose-unit.server";
import { UNITS_PAGE_SIZE } from "~/features/organisation/list-unit-level.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { createUser } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import type { Unit } from "~/platform/db/tables/units.table";
import { nowDbTime } from "~/platform/db/time.server";
import { seedDemoFigures } from "../../../server/seeding/seed-demo-figures";
import { createOrganisation, createPerson } from "../../../tests/support/factories";
import { describeEachDialect } from "../../../tests/support/test-database";

describeEachDialect("anonymous figures from the database", (getDb) => {
  async function organisation() {
    const { id } = await createOrganisation(getDb(), { name: "Tal Kommune", slugPrefix: "tal" });
    const nearest = await createPerson(getDb(), { organisationId: id, name: "Chef", roles: [] });
    return { id, nearest };
  }
  const url = (query = "") => new URL(`http://localhost/tal${query}`);

  it("counts what ten leaders did, and shows no name or text", async () => {
    const { id, nearest } = await organisation();
    // The demo's ten leaders use fixed addresses, so only the first organisation per engine gets them.
    await seedDemoFigures(getDb(), { organisationId: id, nearestLeaderId: nearest.id });
    const { figures, choices } = await figuresForRequest(getDb(), { organisationId: id, url: url() });
    expect(figures.started).toEqual({ value: 10 });
    // All ten prepared and wrote, none held a follow-up: ranges. Five of ten held a dialogue.
    expect(figures.counts).toEqual({
      finishedStep1: { range: "allButUnder" },
      wroteKontrakt: { range: "allButUnder" },
      heldDialogue: { value: 5 },
      heldFollowUp: { range: "under" },
    });
    expect(figures.keptShare).toEqual({ value: 0.5 });
    expect(JSON.stringify({ figures, choices })).not.toMatch(/Demoleder|Forberedt|Mål for året|Pauser/);

    // The unit, and an unknown unit id or a malformed quarter, only ever narrow to whole cells.
    const unit = (await chooseUnit(getDb(), id, new URLSearchParams())).level.units[0];
    const inUnit = await figuresForRequest(getDb(), { organisationId: id, url: url(`?enhed=${unit?.id}`) });
    expect(inUnit.figures.started).toEqual({ value: 10 });
    const odd = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url("?enhed=x&fra=1999&til=<script>"),
    });
    expect(odd.figures.started).toEqual({ value: 10 });
    const leadersOfLeaders = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url("?rolle=ledere-af-ledere"),
    });
    expect(leadersOfLeaders.figures.started).toEqual({ isSuppressed: true });
  });

  it("a unit of ten who all prepared, and none held a follow-up, shows ranges on the page and in the CSV", async () => {
    const { id, nearest } = await organisation();
    const unitId = newId();
    await getDb()
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: id,
        parent_id: null,
        name: "Ti",
        path: "Ti",
        created_at: nowDbTime(),
      })
      .execute();
    for (let index = 0; index < 10; index++) {
      const user = await createUser(getDb(), {
        organisationId: id,
        email: `ti-${index}-${id}@kommune.dk`,
        name: `Ti ${index}`,
        passwordHash: null,
        nearestLeaderId: nearest.id,
        unitId,
      });
      const cycle = await ensureActiveCycle(getDb(), user);
      await saveCycleText(getDb(), { cycle, key: "note:goals", body: "Forberedt" });
    }
    const { figures, selected } = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url(`?enhed=${unitId}`),
    });
    expect(figures.started).toEqual({ value: 10 });
    const da = serverI18n("da").t;
    const shown = (key: string) => {
      const row = FIGURE_ROWS.find((item) => item.key === key);
      if (!row) throw new Error(key);
      return figureText(da, row.pick(figures), !row.isCount);
    };
    // Not "10" of 10, not "0": either would tell HR what each named leader of the unit did.
    expect(shown("finishedStep1")).toBe("alle på nær under 5");
    expect(shown("heldFollowUp")).toBe("under 5");
    expect(shown("heldDialogue")).toBe("under 5");

    for (const [locale, expected] of [
      ["da", ["10", "alle på nær under 5", "under 5"]],
      ["en", ["10", "all but under 5", "under 5"]],
    ] as const) {
      const { t } = serverI18n(locale);
      const rows: string[][] = parse(formatFiguresCsv(t, figures, selected, locale), {
        delimiter: ";",
        bom: true,
      });
      const value = (label: (typeof FIGURE_ROWS)[number]["label"]) =>
        rows.find((row) => row[0] === t(label))?.[1];
      expect([
        value("figures.started"),
        value("figures.finishedStep1"),
        value("figures.heldFollowUp"),
      ]).toEqual(expected);
    }

    // Issue 14, finding 8: the filters as columns, a count as a number, a file name that says what.
    const csv = formatFiguresCsv(da, figures, selected, "da");
    const rows: string[][] = parse(csv, { delimiter: ";", bom: true });
    expect(rows[0]).toEqual(["Tal", "Værdi", "Enhed", "Fra kvartal", "Til kvartal", "Ledere"]);
    expect(rows[1]).toEqual([
      "Ledere, der startede et forløb",
      "10",
      "Ti",
      selected.from,
      selected.to,
      "Alle ledere",
    ]);
    expect(csv).toContain('"Ledere, der startede et forløb";10;"Ti"');
    expect(csv).toContain('"… og holdt opfølgende dialoger";"under 5";');
    expect(figuresCsvFileName(selected, "Hele organisationen")).toBe(
      `lederdialog-tal-ti-${selected.from}-${selected.to}.csv`,
    );
  });

  it("a unit of four is suppressed", async () => {
    const { id, nearest } = await organisation();
    const unitId = newId();
    await getDb()
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: id,
        parent_id: null,
        name: "Lille",
        path: "Lille",
        created_at: nowDbTime(),
      })
      .execute();
    for (let index = 0; index < 4; index++) {
      const user = await createUser(getDb(), {
        organisationId: id,
        email: `lille-${index}-${id}@kommune.dk`,
        name: `Lille ${index}`,
        passwordHash: null,
        nearestLeaderId: nearest.id,
        unitId,
      });
      await ensureActiveCycle(getDb(), user);
    }
    const { figures } = await figuresForRequest(getDb(), {
      organisationId: id,
      url: url(`?enhed=${unitId}`),
    });
    expect(figures.started).toEqual({ isSuppressed: true });
    expect(figures.leftOutCells).toBe(1);
  });

  it("in an organisation of many units, the filter offers the tree a level and a page at a time", async () => {
    const { id } = await organisation();
    const at = nowDbTime();
    const units: Unit[] = [];
    for (const top of ["Børn", "Social", "Teknik"]) {
      const topId = newId();
      units.push({ id: topId, organisation_id: id, parent_id: null, name: top, path: top, created_at: at });
      for (let index = 1; index <= 70; index++)
        units.push({
          id: newId(),
          organisation_id: id,
          parent_id: topId,
          name: `Team ${index}`,
          path: `${top} / Team ${index}`,
          created_at: at,
        });
    }
    await getDb().insertInto("units").values(units).execute();

    // The filter offers the top level, then a level at a time, a page at a time (issue 16).
    const choose = (query: string) => chooseUnit(getDb(), id, new URLSearchParams(query));
    const top = await choose("");
    expect(top.level.units.map((unit) => unit.path)).toEqual(["Børn", "Social", "Teknik"]);
    const social = units.find((unit) => unit.path === "Social");
    const under = await choose(`under=${social?.id}&enhed=${social?.id}`);
    expect(under.chosen?.path).toBe("Social");
    expect(under.level.total).toBe(70);
    expect(under.level.units).toHaveLength(UNITS_PAGE_SIZE);
    expect(under.level.units.every((unit) => unit.path.startsWith("Social /"))).toBe(true);
    const found = await choose("q=team 7");
    expect(found.level.units.map((unit) => unit.path)).toContain("Teknik / Team 70");
    // Another organisation's unit is no choice, and the figures stay whole.
    const other = await organisation();
    expect(
      (await chooseUnit(getDb(), other.id, new URLSearchParams(`enhed=${social?.id}`))).chosen,
    ).toBeNull();
    const opened = await figuresForRequest(getDb(), { organisationId: id, url: url(`?enhed=${social?.id}`) });
    expect(opened.selected.unitId).toBe(social?.id);
  });
});
