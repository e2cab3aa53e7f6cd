/**
 * A browser's cookie jar over fetch, for tests that walk a flow across several answers (single
 * sign-on: the attempt cookie, then the session cookie). Redirects are not followed: each step is
 * looked at. Cookies are kept by name only (the app's paths never hold two of one name at once).
 */
export class CookieBrowser {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async get(path: string | URL): Promise<Response> {
    return this.absorb(
      await fetch(new URL(path, this.baseUrl), {
        redirect: "manual",
        headers: { "Accept-Language": "da", cookie: this.cookieHeader() },
      }),
    );
  }

  async post(path: string | URL, fields: Record<string, string>): Promise<Response> {
    return this.absorb(
      await fetch(new URL(path, this.baseUrl), {
        method: "POST",
        redirect: "manual",
        headers: {
          "Accept-Language": "da",
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: this.baseUrl,
          "Sec-Fetch-Site": "same-origin",
          cookie: this.cookieHeader(),
        },
        body: new URLSearchParams(fields).toString(),
      }),
    );
  }

  has(name: string): boolean {
    return Boolean(this.cookies.get(name));
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private absorb(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
