/** Seconds spent on each step-1 theme, for the gentle 45-minute guide (never a hard stop). */
export interface PreparationTimeTable {
  cycle_id: string;
  theme_id: string;
  seconds: number;
}
