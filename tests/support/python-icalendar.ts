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
