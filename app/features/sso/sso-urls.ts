/**
 * The addresses an organisation's identity provider is told about. They are built from PUBLIC_URL,
 * never from the request's Host header, because the provider compares them character for character.
 */
export function ssoUrls(publicUrl: URL, slug: string) {
  const base = `/sso/${encodeURIComponent(slug)}`;
  const at = (path: string) => new URL(`${base}${path}`, publicUrl);
  return {
    start: at(""),
    oidcCallback: at("/oidc"),
    samlAcs: at("/saml"),
    /** The service provider's entity ID, which is also where its metadata lives. */
    samlEntityId: at("/saml/metadata.xml"),
    finish: (signInId: string) => at(`/fuldfoer/${encodeURIComponent(signInId)}`),
    /** Where the owner of an existing account proves it; under /sso, so the ld_sso cookie comes along. */
    linkProof: (proofId: string) => at(`/bekraeft/${encodeURIComponent(proofId)}`),
    linkProofMail: (token: string) => at(`/link/${encodeURIComponent(token)}`),
  };
}
