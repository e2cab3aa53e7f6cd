/** Who made a request, for the security log and rate limits. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}
