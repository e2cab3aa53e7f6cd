import ICAL from "ical.js";

/** One event (or one occurrence's override) as a calendar program keeps it. */
interface Kept {
  sequence: number;
  component: ICAL.Component;
  isCancelled: boolean;
}

/** An occurrence the person sees in their calendar. */
export interface SeenOccurrence {
  uid: string;
  /** Danish wall time, "2026-12-10T10:00:00". */
  start: string;
  location: string;
}

/**
 * A tiny calendar program, for replaying what a person receives: a store keyed by UID that applies
 * each iTIP message (RFC 5546) as Outlook, Google and Apple do. A REQUEST or PUBLISH with a higher
 * SEQUENCE replaces the event (a whole-series one also drops the overrides), a CANCEL removes it
 * (with RECURRENCE-ID: only that occurrence), and anything with a SEQUENCE not above the one kept
 * is ignored. Read with ical.js, which also expands the rules.
 */
export class CalendarClient {
  private readonly store = new Map<string, { master?: Kept; overrides: Map<string, Kept> }>();
  private readonly removed = new Map<string, number>();

  receive(ics: string): void {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const method = String(calendar.getFirstPropertyValue("method") ?? "PUBLISH");
    for (const component of calendar.getAllSubcomponents("vevent")) {
      const uid = String(component.getFirstPropertyValue("uid"));
      const sequence = Number(component.getFirstPropertyValue("sequence") ?? 0);
      const recurrenceId = component.getFirstPropertyValue("recurrence-id")?.toString();
      // A cancelled event does not come back from an older message.
      if (sequence <= (this.removed.get(uid) ?? -1)) continue;
      const entry = this.store.get(uid) ?? { overrides: new Map<string, Kept>() };
      const isCancelled = method === "CANCEL" || component.getFirstPropertyValue("status") === "CANCELLED";
      const kept: Kept = { sequence, component, isCancelled };
      if (recurrenceId) {
        const before = entry.overrides.get(recurrenceId);
        if (before && sequence <= before.sequence) continue;
        if (!entry.master && !isCancelled) continue;
        entry.overrides.set(recurrenceId, kept);
      } else {
        if (entry.master && sequence <= entry.master.sequence) continue;
        if (isCancelled) {
          this.store.delete(uid);
          this.removed.set(uid, sequence);
          continue;
        }
        entry.master = kept;
        entry.overrides = new Map(
          [...entry.overrides].filter(([, override]) => override.sequence >= sequence),
        );
      }
      this.store.set(uid, entry);
    }
  }

  /** Every occurrence in the calendar now, in time order. */
  occurrences(): SeenOccurrence[] {
    const seen: SeenOccurrence[] = [];
    for (const [uid, entry] of this.store) {
      if (!entry.master) continue;
      const event = new ICAL.Event(entry.master.component);
      const location = String(event.location ?? "");
      const starts: ICAL.Time[] = [];
      if (event.isRecurring()) {
        const iterator = event.iterator();
        for (let next = iterator.next(); next && starts.length < 100; next = iterator.next())
          starts.push(next);
      } else {
        starts.push(event.startDate);
      }
      for (const start of starts) {
        const override = entry.overrides.get(start.toString());
        if (override?.isCancelled) continue;
        if (override) {
          const moved = new ICAL.Event(override.component);
          seen.push({ uid, start: moved.startDate.toString(), location: String(moved.location ?? "") });
        } else {
          seen.push({ uid, start: start.toString(), location });
        }
      }
    }
    return seen.sort((a, b) => a.start.localeCompare(b.start));
  }
}
