import { spawnSync } from "node:child_process";

/**
 * A second, independent calendar reader: Debian's python3-icalendar parses the file and
 * python-dateutil (its dependency) expands each RRULE, as a calendar program would. CI installs it;
 * on a developer machine without it those checks are skipped — with CI=true they fail instead.
 */
const PYTHON = "/usr/bin/python3";

export const isPythonIcalendarAvailable =
  spawnSync(PYTHON, ["-c", "import icalendar, dateutil"]).status === 0;
export const mustReadWithPython =
  isPythonIcalendarAvailable || process.env.CI === "true" || process.env.CI === "1";

const EXPAND = `
import json, sys, itertools
from icalendar import Calendar
from dateutil.rrule import rrulestr
count = int(sys.argv[1])
out = {}
for text in json.load(sys.stdin):
    for event in Calendar.from_ical(text).walk("VEVENT"):
        start = event.decoded("dtstart")
        rule = event.get("rrule")
        dates = [start]
        if rule is not None:
            rule_text = rule.to_ical().decode()
            dates = list(itertools.islice(rrulestr(rule_text, dtstart=start), count))
        out[str(event.get("uid"))] = [d.strftime("%Y-%m-%d") for d in dates]
json.dump(out, sys.stdout)
`;

/** The first `count` dates of every event in the calendar files, by UID, as python reads them. */
export function expandWithPython(calendars: string[], count: number): Record<string, string[]> {
  const result = spawnSync(PYTHON, ["-c", EXPAND, String(count)], {
    input: JSON.stringify(calendars),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`python3-icalendar failed: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

/** Parses one calendar file with python3-icalendar: throws if it does not accept it. */
export function parseWithPython(calendar: string): void {
  expandWithPython([calendar], 1);
}

const READ = `
import json, sys
from icalendar import Calendar
out = []
for text in json.load(sys.stdin):
    calendar = Calendar.from_ical(text)
    for event in calendar.walk("VEVENT"):
        rid = event.get("recurrence-id")
        out.append({
            "method": str(calendar.get("method")),
            "uid": str(event.get("uid")),
            "sequence": int(event.get("sequence", 0)),
            "status": str(event.get("status", "")),
            "start": event.decoded("dtstart").strftime("%Y-%m-%dT%H:%M:%S"),
            "recurrenceId": rid.dt.strftime("%Y-%m-%dT%H:%M:%S") if rid is not None else None,
            "rsvp": [str(a.params.get("RSVP", "")) for a in (event.get("attendee") if isinstance(event.get("attendee"), list) else [event.get("attendee")] if event.get("attendee") is not None else [])],
        })
json.dump(out, sys.stdout)
`;

export interface PythonEvent {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  /** Danish wall time as written, "2026-12-10T10:00:00". */
  start: string;
  recurrenceId: string | null;
  /** The RSVP parameter of each ATTENDEE ("" when absent). */
  rsvp: string[];
}

/** What python3-icalendar reads of each VEVENT in the calendar files: the scheduling fields. */
export function readWithPython(calendars: string[]): PythonEvent[] {
  const result = spawnSync(PYTHON, ["-c", READ], { input: JSON.stringify(calendars), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3-icalendar failed: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}
