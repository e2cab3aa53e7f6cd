/**
 * How long each mailed single-use link works. The feature that makes the link sets its expiry from
 * these and the mail tells the reader the same number, so they live here, below both.
 */

/** A password reset (and the reset offered in a sign-up attempt's mail). */
export const RESET_LINK_MINUTES = 60;

/** Proof that an address is its owner's. */
export const VERIFICATION_LINK_HOURS = 24;

/** Proof that an account is its owner's before single sign-on is linked to it: as long as a sign-in attempt. */
export const LINK_PROOF_MINUTES = 15;

/** The nearest leader's invitation to a dialogue. */
export const INVITATION_DAYS = 14;
