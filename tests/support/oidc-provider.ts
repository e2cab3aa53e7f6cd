import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/*
 * A real OpenID Connect provider for the tests (oidc-provider, on loopback): authorization code flow
 * with PKCE, RS256-signed ID tokens, and its built-in sign-in page, where the "login" typed in is the
 * account id. Consent is granted up front for the test client, as for a first-party application.
 */

export interface OidcAccount {
  email?: string;
  /** Anything a provider might send: the service must take only `true` as verified. */
  email_verified?: boolean | string;
  name?: string;
  /** What Entra ID gives where no `email` claim is configured: the sign-in name, often an address. */
  preferred_username?: string;
  upn?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Record<string, OidcAccount>;
  close(): Promise<void>;
}

export async function startOidcProvider(options: {
  redirectUris: string[];
  /**
   * "foreign": the provider's published key set (jwks_uri) holds another key under the same key id,
   * so its ID tokens are signed with a key outside the JWKS, as a forger's would be.
   */
  publishedKeys?: "own" | "foreign";
}): Promise<TestOidcProvider> {
  let handler: http.RequestListener = (_request, response) => response.end();
  const server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "lederdialog";
  const clientSecret = "test-client-secret-0123456789abcdef0123456789";
  const accounts: Record<string, OidcAccount> = {};
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["test-cookie-key-0123456789abcdef"] },
    pkce: { required: () => true },
    // Set, so the provider does not print a notice about its defaults on every sign-in.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "preferred_username", "upn"],
    },
    async findAccount(_context, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    async loadExistingGrant(context) {
      const oidc = context.oidc;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client?.clientId ?? "");
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: oidc.client?.clientId,
        accountId: oidc.session?.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  const foreignKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
  const foreignJwks = JSON.stringify({
    keys: [{ ...foreignKey.export({ format: "jwk" }), kid: "test", use: "sig", alg: "RS256" }],
  });
  handler = (request, response) => {
    if (options.publishedKeys === "foreign" && request.url === "/jwks") {
      response.writeHead(200, { "Content-Type": "application/jwk-set+json" }).end(foreignJwks);
      return;
    }
    callback(request, response);
  };
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's part of the sign-in, with fetch: follows redirects with the provider's cookies, fills
 * the built-in sign-in form, and stops at the first redirect back to the service (returned).
 */
export async function signInAtOidcProvider(
  authorizationUrl: URL,
  options: { login: string; returnTo: string },
): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...init.headers, cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=", 2);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url);
      if (url.href.startsWith(options.returnTo)) return url;
      init = {};
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`the provider showed no form (${response.status}): ${html.slice(0, 200)}`);
    const isLogin = html.includes('name="login"');
    url = new URL(action.replaceAll("&amp;", "&"), url);
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(
        isLogin ? { prompt: "login", login: options.login, password: "any" } : { prompt: "consent" },
      ).toString(),
    };
  }
  throw new Error("too many redirects at the provider");
}
