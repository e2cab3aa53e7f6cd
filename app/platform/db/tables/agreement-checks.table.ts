/** One tick-off: "did I keep it?" for a day (daily agreements) or the week's Monday (the rest). */
export interface AgreementChecksTable {
  agreement_id: string;
  /** Local date in Europe/Copenhagen, "YYYY-MM-DD". */
  check_date: string;
  is_kept: number;
  created_at: string;
}
