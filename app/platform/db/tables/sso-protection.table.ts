/** An assertion an identity provider issued that has signed someone in: it is never taken again. */
export interface SsoUsedAssertionsTable {
  organisation_id: string;
  /** The assertion's ID attribute, as the identity provider wrote it. */
  assertion_id: string;
  /** Until when the assertion said it was valid (plus the clock skew); after that it is refused anyway. */
  expires_at: string;
}

/** How many sign-in attempts one counter (an address or an organisation, per step) saw in one window. */
export interface SsoAttemptCountsTable {
  /** E.g. "start:address:192.0.2.1" or "acs:organisation:<id>". */
  bucket: string;
  window_start: string;
  count: number;
}
