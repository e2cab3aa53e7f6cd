import { Resolver } from "node:dns/promises";
import { domainToASCII } from "node:url";

/** The TXT record that proves a domain: `lederdialog-verification=<token>`, at the domain or here. */
export const DOMAIN_PROOF_PREFIX = "lederdialog-verification=";
export const DOMAIN_PROOF_LABEL = "_lederdialog";

export type DomainProofAnswer = "found" | "notFound" | "wrongToken" | "lookupFailed";

/** No such name, or no TXT records at it: the record is simply not there (yet). */
const ABSENT = new Set(["ENOTFOUND", "ENODATA"]);

/**
 * Looks for the proof in DNS, at `_lederdialog.<domain>` and at `<domain>`, through node:dns with
 * the configured name servers (DNS_SERVERS; the system's when unset). A record for another token
 * is "wrongToken" (another organisation's, or an old one); a broken or silent name server is
 * "lookupFailed", never "notFound", so an administrator knows to try again.
 */
export async function lookUpDomainProof(options: {
  domain: string;
  token: string;
  dnsServers: string[] | undefined;
}): Promise<DomainProofAnswer> {
  const resolver = new Resolver({ timeout: 2500, tries: 2 });
  if (options.dnsServers) resolver.setServers(options.dnsServers);
  const ascii = domainToASCII(options.domain);
  if (!ascii) return "lookupFailed";
  const answers = await Promise.all(
    [`${DOMAIN_PROOF_LABEL}.${ascii}`, ascii].map((name) =>
      resolver.resolveTxt(name).then(
        (records) => ({ records: records.map((chunks) => chunks.join("").trim()) }),
        (error: NodeJS.ErrnoException) => ({ records: [], isFailure: !ABSENT.has(error.code ?? "") }),
      ),
    ),
  );
  const proofs = answers
    .flatMap((answer) => answer.records)
    .filter((record) => record.startsWith(DOMAIN_PROOF_PREFIX))
    .map((record) => record.slice(DOMAIN_PROOF_PREFIX.length).trim());
  if (proofs.includes(options.token)) return "found";
  if (proofs.length > 0) return "wrongToken";
  if (answers.some((answer) => "isFailure" in answer && answer.isFailure)) return "lookupFailed";
  return "notFound";
}
