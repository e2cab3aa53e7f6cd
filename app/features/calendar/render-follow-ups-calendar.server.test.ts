import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Agreement } from "~/features/agreements/agreement";
import { serverI18n } from "~/i18n/server-i18n.server";
import { expandWithPython, mustReadWithPython } from "../../../tests/support/python-icalendar";
import { renderAgreementCalendar, renderFollowUpsCalendar } from "./render-follow-ups-calendar.server";

// The output is read back with ical.js, an independent parser, the way a calendar app would.

const publicUrl = new URL("https://lederdialog.example/");
const now = new Date("2026-11-20T10:00:00Z");

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: "0b6f2c1e-6a57-4a4e-9d0a-3f1c2b7d8e91",
    cycleId: "c1",
    kind: "self",
    text: "Jeg holder en ugentlig samtale med min nærmeste leder",
    position: 0,
    followUpDate: "2026-12-01",
    followUpTime: null,
    recurrence: null,
    followUpHow: "",
    status: "active",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    dialogueId: null,
    owner: null,
    ...overrides,
  };
}

function render(agreements: Agreement[], locale: "da" | "en" = "da"): string {
  const { t } = serverI18n(locale);
  return renderFollowUpsCalendar({ agreements, t, calendarName: "Lederdialog – Lone Lund", publicUrl, now });
}

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function events(ics: string): ICAL.Event[] {
  return parse(ics)
    .getAllSubcomponents("vevent")
    .map((component) => new ICAL.Event(component));
}

function onlyEvent(ics: string): ICAL.Event {
  const all = events(ics);
  expect(all).toHaveLength(1);
  return all[0] as ICAL.Event;
}

function utc(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

/** The first `count` occurrences as Copenhagen wall time and as UTC. */
function occurrences(event: ICAL.Event, count: number): { local: string; utc: string }[] {
  const iterator = event.iterator();
  return Array.from({ length: count }, () => {
    const next = iterator.next() as ICAL.Time;
    return { local: next.toString(), utc: utc(next) };
  });
}

function rrule(event: ICAL.Event): string | undefined {
  return event.component.getFirstPropertyValue("rrule")?.toString();
}

describe("renderFollowUpsCalendar", () => {
  it("a monthly follow-up from 31 January stays on the months' last days, read by ical.js and python (issue 14, finding 3)", () => {
    const ics = render([
      agreement({ followUpDate: "2027-01-31", followUpTime: "09:00", recurrence: "monthly" }),
    ]);
    const dates = occurrences(onlyEvent(ics), 4).map((occurrence) => occurrence.local.slice(0, 10));
    expect(dates).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]);
    if (mustReadWithPython) {
      expect(Object.values(expandWithPython([ics], 4))).toEqual([dates]);
    }
  });

  it("publishes a calendar the apps can subscribe to", () => {
    const calendar = parse(render([agreement()]));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Lederdialog//DA");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Lederdialog – Lone Lund");
  });

  it("puts the follow-up at the chosen Danish wall time, with the zone defined in the file", () => {
    const ics = render([agreement({ followUpDate: "2026-07-01", followUpTime: "09:00" })]);
    expect(ics).toContain("DTSTART;TZID=Europe/Copenhagen:20260701T090000\r\n");
    expect(ics).toContain("DTEND;TZID=Europe/Copenhagen:20260701T091500\r\n");
    const vtimezone = parse(ics).getFirstSubcomponent("vtimezone");
    expect(vtimezone?.getFirstPropertyValue("tzid")).toBe("Europe/Copenhagen");

    // ical.js knows no zones of its own: these conversions use the file's VTIMEZONE.
    const summer = onlyEvent(ics);
    expect(summer.startDate.zone?.tzid).toBe("Europe/Copenhagen");
    expect(utc(summer.startDate)).toBe("2026-07-01T07:00:00.000Z");
    expect(utc(summer.endDate)).toBe("2026-07-01T07:15:00.000Z");
    const winter = onlyEvent(render([agreement({ followUpDate: "2026-12-01" })]));
    expect(utc(winter.startDate)).toBe("2026-12-01T08:00:00.000Z");
  });

  it("ends a follow-up late in the evening on the next day", () => {
    const event = onlyEvent(render([agreement({ followUpDate: "2026-12-31", followUpTime: "23:50" })]));
    expect(event.endDate.toString()).toBe("2027-01-01T00:05:00");
  });

  it("writes the same file whatever the server's own time zone is", () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const onUtc = render([agreement()]);
      process.env.TZ = "America/New_York";
      expect(render([agreement()])).toBe(onUtc);
    } finally {
      process.env.TZ = original;
    }
  });

  it("repeats every 14 days at 09:00 Danish time, also across the change to summer time", () => {
    const event = onlyEvent(render([agreement({ recurrence: "biweekly" })]));
    expect(rrule(event)).toBe("FREQ=WEEKLY;INTERVAL=2");
    const series = occurrences(event, 10);
    expect(series[0]).toEqual({ local: "2026-12-01T09:00:00", utc: "2026-12-01T08:00:00.000Z" });
    expect(series[1]).toEqual({ local: "2026-12-15T09:00:00", utc: "2026-12-15T08:00:00.000Z" });
    // Summer time begins on 28 March 2027: same wall time, one hour earlier in UTC.
    expect(series[8]).toEqual({ local: "2027-03-23T09:00:00", utc: "2027-03-23T08:00:00.000Z" });
    expect(series[9]).toEqual({ local: "2027-04-06T09:00:00", utc: "2027-04-06T07:00:00.000Z" });
  });

  it.each([
    ["daily", "FREQ=DAILY"],
    ["weekly", "FREQ=WEEKLY"],
    ["monthly", "FREQ=MONTHLY"],
    ["quarterly", "FREQ=MONTHLY;INTERVAL=3"],
  ] as const)("repeats %s as %s", (recurrence, rule) => {
    expect(rrule(onlyEvent(render([agreement({ recurrence })])))).toBe(rule);
  });

  it("repeats a quarterly follow-up every third month", () => {
    const event = onlyEvent(render([agreement({ recurrence: "quarterly", followUpDate: "2027-01-15" })]));
    expect(occurrences(event, 3).map((occurrence) => occurrence.local)).toEqual([
      "2027-01-15T09:00:00",
      "2027-04-15T09:00:00",
      "2027-07-15T09:00:00",
    ]);
  });

  it("does not repeat a one-off follow-up", () => {
    const event = onlyEvent(render([agreement()]));
    expect(event.isRecurring()).toBe(false);
    expect(rrule(event)).toBeUndefined();
  });

  it("leaves out dropped and completed agreements and those without a date", () => {
    const ics = render([
      agreement({ id: "active" }),
      agreement({ id: "dropped", status: "dropped" }),
      agreement({ id: "completed", status: "completed" }),
      agreement({ id: "undated", followUpDate: null }),
    ]);
    expect(events(ics).map((event) => event.uid)).toEqual(["active@lederdialog"]);
  });

  it("keeps the event's UID from one download to the next, so apps update instead of doubling", () => {
    const first = onlyEvent(render([agreement()]));
    const second = onlyEvent(render([agreement({ followUpTime: "10:30", text: "Ny tekst" })]));
    expect(first.uid).toBe("0b6f2c1e-6a57-4a4e-9d0a-3f1c2b7d8e91@lederdialog");
    expect(second.uid).toBe(first.uid);
  });

  it("names the follow-up in the user's language and links to the kontrakt", () => {
    const text = "Jeg siger nej til møder uden dagsorden";
    expect(onlyEvent(render([agreement({ text })], "da")).summary).toBe(`Opfølgning: ${text}`);
    const english = onlyEvent(render([agreement({ text })], "en"));
    expect(english.summary).toBe(`Follow-up: ${text}`);
    expect(english.component.getFirstPropertyValue("url")).toBe(
      "https://lederdialog.example/min-lederdialog/kontrakt",
    );
  });

  it("describes the agreement and, when given, how the leader follows up", () => {
    const withHow = agreement({ followUpHow: "Jeg krydser af på et papir ved mit skrivebord" });
    expect(onlyEvent(render([withHow], "da")).description).toBe(
      `${withHow.text}\n\nSådan følger jeg op: Jeg krydser af på et papir ved mit skrivebord`,
    );
    expect(onlyEvent(render([withHow], "en")).description).toContain("\n\nHow I follow up: Jeg krydser");
    expect(onlyEvent(render([agreement({ followUpHow: "  " })])).description).toBe(agreement().text);
  });

  it("escapes commas, semicolons, backslashes and line breaks so the text reads back unchanged", () => {
    const text = "Først dette, så dét; til sidst\\det tredje\nNy linje: æøå ÆØÅ";
    const event = onlyEvent(
      render([agreement({ text, followUpHow: "På tavlen, hver fredag;\nmed holdet" })]),
    );
    expect(event.summary).toBe(`Opfølgning: ${text}`);
    expect(event.description).toBe(`${text}\n\nSådan følger jeg op: På tavlen, hver fredag;\nmed holdet`);
  });

  it("cannot break the file with a line break in the calendar name", () => {
    const { t } = serverI18n("da");
    const ics = renderFollowUpsCalendar({
      agreements: [],
      t,
      calendarName: "Lone\r\nBEGIN:VEVENT",
      publicUrl,
      now,
    });
    expect(ics).not.toMatch(/^BEGIN:VEVENT/m);
  });

  it("ends every line with CRLF and folds lines longer than 75 octets, keeping Danish letters whole", () => {
    const text = `${"Æbler, ørreder og ål på årets første ødegård. ".repeat(6)}Slut`;
    const ics = render([agreement({ text, followUpHow: "Hver fredag" })]);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = ics.slice(0, -2).split("\r\n");
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(onlyEvent(ics).summary).toBe(`Opfølgning: ${text}`);
  });

  it("writes DTSTAMP in UTC", () => {
    expect(render([agreement()])).toContain("DTSTAMP:20261120T100000Z\r\n");
  });
});

describe("renderAgreementCalendar", () => {
  it("gives the same event as the feed, in a calendar named for one agreement", () => {
    const { t } = serverI18n("da");
    const one = agreement({ recurrence: "weekly", followUpHow: "På tavlen" });
    const ics = renderAgreementCalendar({ agreement: one, t, publicUrl, now });
    expect(parse(ics).getFirstPropertyValue("x-wr-calname")).toBe("Opfølgning på aftale");
    const single = onlyEvent(ics).component.toString();
    expect(single).toBe(onlyEvent(render([one])).component.toString());
  });

  it("has no event for an agreement that is no longer active", () => {
    const { t } = serverI18n("en");
    const ics = renderAgreementCalendar({ agreement: agreement({ status: "completed" }), t, publicUrl, now });
    expect(events(ics)).toEqual([]);
  });
});
