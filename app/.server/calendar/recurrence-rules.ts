import { ICalEventRepeatingFreq, type ICalRepeatingOptions } from "ical-generator";
import type { Recurrence } from "~/kontrakt/agreement-types";

/** Each way of repeating as an iCalendar rule (RRULE). */
export const RECURRENCE_RULES: Record<Recurrence, ICalRepeatingOptions> = {
  daily: { freq: ICalEventRepeatingFreq.DAILY },
  weekly: { freq: ICalEventRepeatingFreq.WEEKLY },
  biweekly: { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2 },
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY },
  quarterly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3 },
};
