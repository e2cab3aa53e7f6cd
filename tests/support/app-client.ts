/**
 * Requests to a running app as a browser on its own site would make them: the session cookie, and
 * on a POST the Origin and Sec-Fetch-Site a same-origin form sends, so the cross-site refusal never
 * hides what the route itself answers.
 */
export class AppClient {
  constructor(
    readonly baseUrl: string,
    public cookie = "",
  ) {}

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(new URL(path, this.baseUrl), {
      redirect: "manual",
      headers: { "Accept-Language": "da", ...this.cookieHeader(), ...headers },
    });
  }

  post(
    path: string,
    body: BodyInit | Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const isPlain = typeof body === "object" && body !== null && body.constructor === Object;
    const encoded = isPlain ? toForm(body as Record<string, string | string[]>) : (body as BodyInit);
    return fetch(new URL(path, this.baseUrl), {
      method: "POST",
      redirect: "manual",
      headers: {
        "Accept-Language": "da",
        Origin: this.baseUrl,
        "Sec-Fetch-Site": "same-origin",
        ...(isPlain ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
        ...this.cookieHeader(),
        ...headers,
      },
      body: encoded,
    });
  }

  /** Signs in with a password and keeps the session cookie. */
  async signIn(email: string, password: string): Promise<this> {
    const response = await this.post("/log-ind", { email, password });
    const cookie = response.headers.get("set-cookie")?.split(";")[0];
    if (response.status !== 302 || !cookie) {
      throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`);
    }
    this.cookie = cookie;
    return this;
  }

  private cookieHeader(): Record<string, string> {
    return this.cookie ? { Cookie: this.cookie } : {};
  }
}

function toForm(fields: Record<string, string | string[]>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form.toString();
}

/** Fails with the answer's body when a fixture step did not do what it should. */
export async function expectStatus(response: Response, status: number, step: string): Promise<Response> {
  if (response.status !== status) {
    throw new Error(
      `${step}: expected ${status}, got ${response.status}: ${(await response.text()).slice(0, 2000)}`,
    );
  }
  return response;
}
