/** "preparation": the nearest leader's preparation page; "meeting": the meeting view. */
export type SharePage = "preparation" | "meeting";

/** A read of shared content by the nearest leader, per reader, page and Danish day. */
export interface ShareReadsTable {
  cycle_id: string;
  organisation_id: string;
  reader_id: string;
  page: SharePage;
  /** "YYYY-MM-DD" in Europe/Copenhagen. */
  day: string;
  first_read_at: string;
  last_read_at: string;
}
