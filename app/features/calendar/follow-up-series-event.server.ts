import type { TFunction } from "i18next";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { FOLLOW_UP_PLANS } from "~/platform/time/follow-up-plans";
import { rhythmRrule } from "~/platform/time/rhythm-rrule.server";
import type { SeriesEvent, WallTime } from "./render-dialogue-invitation.server";

/** Where the series' rule puts an occurrence (its RECURRENCE-ID); its own start if never moved. */
export function occurrenceOf(
  row: Pick<Dialogue, "occurrence_on" | "occurrence_at" | "starts_on" | "starts_at">,
): WallTime {
  return { on: row.occurrence_on ?? row.starts_on, at: row.occurrence_at ?? row.starts_at };
}

/**
 * A follow-up series as one calendar event, from all its rows (cancelled ones too): the rule from
 * the first occurrence's place, an EXDATE for each occurrence cancelled alone, an override for each
 * moved alone, the highest SEQUENCE of the rows, and its title and text for one reader.
 */
export function followUpSeriesEvent(
  t: TFunction,
  options: { rows: Dialogue[]; otherName: string },
): { dialogue: Dialogue; series: SeriesEvent } {
  const rows = [...options.rows].sort((a, b) => {
    const left = occurrenceOf(a);
    const right = occurrenceOf(b);
    return `${left.on}T${left.at}`.localeCompare(`${right.on}T${right.at}`);
  });
  const [first] = rows;
  if (!first?.rhythm) throw new Error("A follow-up series needs its rows and rhythm");
  const rhythm = first.rhythm;
  const start = occurrenceOf(first);
  const live = rows.filter((row) => row.status !== "cancelled");
  const location = mostCommon(live.map((row) => row.location)) ?? first.location;
  const master: Dialogue = {
    ...first,
    starts_on: start.on,
    starts_at: start.at,
    location,
    calendar_sequence: Math.max(...rows.map((row) => Number(row.calendar_sequence))),
  };
  const values = { name: options.otherName, rhythm: t(`followUp.rhythm.${rhythm}`) };
  return {
    dialogue: master,
    series: {
      repeating: rhythmRrule(rhythm, start.on, { count: FOLLOW_UP_PLANS[rhythm].count }),
      summary: t("mail.followUp.eventSummary", values),
      description: t("mail.followUp.eventDescription", values),
      excluded: rows.filter((row) => row.status === "cancelled").map(occurrenceOf),
      moved: live
        .filter((row) => {
          const occurrence = occurrenceOf(row);
          return (
            occurrence.on !== row.starts_on || occurrence.at !== row.starts_at || row.location !== location
          );
        })
        .map((row) => ({ occurrence: occurrenceOf(row), dialogue: row })),
    },
  };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
