/** A secret, revocable calendar subscription URL carrying all of a leader's follow-ups. */
export interface CalendarFeedsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  /** SHA-256 of the token in the URL. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}
