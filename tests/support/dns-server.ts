import dns2 from "dns2";

/*
 * A small DNS server on loopback for the domain-proof tests (issue 13): the app's resolver is
 * pointed at it (DNS_SERVERS), so a test decides what a domain's TXT records say. A name without
 * records answers NXDOMAIN; a name in `failing` answers SERVFAIL, as a broken name server would.
 */

export interface TestDnsServer {
  /** "127.0.0.1:<port>", for DNS_SERVERS / the resolver's servers. */
  address: string;
  port: number;
  /** TXT records by name (lower case, no trailing dot): each record is one string. */
  txt: Map<string, string[]>;
  /** Names answered with SERVFAIL. */
  failing: Set<string>;
  close(): Promise<void>;
}

export async function startTestDnsServer(port = 0): Promise<TestDnsServer> {
  const txt = new Map<string, string[]>();
  const failing = new Set<string>();
  const { Packet } = dns2;
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const question = request.questions[0];
      const name = (question?.name ?? "").toLowerCase().replace(/\.$/, "");
      if (failing.has(name)) {
        response.header.rcode = Packet.RCODE.SERVFAIL;
      } else if (!txt.has(name)) {
        response.header.rcode = Packet.RCODE.NXDOMAIN;
      } else if (question?.type === Packet.TYPE.TXT) {
        for (const data of txt.get(name) ?? []) {
          const record = { name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 1, data };
          response.answers.push(record as unknown as (typeof response.answers)[number]);
        }
      }
      void send(response);
    },
  });
  const addresses = await server.listen({ udp: { port, address: "127.0.0.1" } });
  const bound = addresses.udp?.port ?? port;
  return {
    address: `127.0.0.1:${bound}`,
    port: bound,
    txt,
    failing,
    close: () => server.close(),
  };
}
