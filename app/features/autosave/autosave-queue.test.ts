import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConflictMarkers } from "~/features/cycles/merge-texts";
import { type StoredVersion, saveMerged } from "~/features/cycles/save-merged.server";
import { AutosaveQueue, type DraftStorage, type SaveRequest, type SaveState } from "./autosave-queue";

// What a person types must survive until the server has it: kept in the browser at once, sent after a
// pause in typing with the version it was based on, and removed from the browser only when the server
// confirmed exactly that text. A text edited in two places ends with every line once.

const DEBOUNCE_MS = 800;
const RETRY_MS = 5_000;
const SCOPE = "cycle-1";
const KEY = "kontrakt:goals";
const MARKERS: ConflictMarkers = { first: "<<1", second: "==2", end: ">>" };

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const draftKey = (key: string, scope = SCOPE) => `lederdialog:draft:${scope}:${key}`;
const draftText = (storage: MemoryStorage, key = KEY) => {
  const stored = storage.getItem(draftKey(key));
  return stored === null ? null : (JSON.parse(stored) as { text: string }).text;
};

/** An in-memory server that merges like the real one (saveMerged), answering when the test says. */
function fakeServer() {
  const rows = new Map<string, StoredVersion>();
  const requests: (SaveRequest & {
    respond(status?: number): Promise<void>;
    fail(options?: { afterSaving?: boolean }): Promise<void>;
  })[] = [];
  const apply = async (request: SaveRequest) => {
    const result = await saveMerged(
      {
        read: async () => rows.get(request.key) ?? { body: "", version: 0, recentSaveIds: [] },
        write: async (readVersion, next) => {
          if ((rows.get(request.key)?.version ?? 0) !== readVersion) return false;
          rows.set(request.key, next);
          return true;
        },
      },
      { base: request.base, body: request.body, saveId: request.saveId, markers: MARKERS, maxLength: 20_000 },
    );
    return result;
  };
  const send = vi.fn(
    (request: SaveRequest) =>
      new Promise<Response>((resolve, reject) => {
        requests.push({
          ...request,
          async respond(status = 200) {
            if (status !== 200) resolve(new Response(null, { status }));
            else resolve(Response.json({ ok: true, ...(await apply(request)) }));
            await settle();
          },
          async fail(options) {
            if (options?.afterSaving) await apply(request);
            reject(new TypeError("Failed to fetch"));
            await settle();
          },
        });
      }),
  );
  return {
    rows,
    requests,
    send,
    last: () => requests.at(-1),
    body: (key = KEY) => rows.get(key)?.body ?? "",
  };
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

function setUp(options: { storage?: MemoryStorage; server?: ReturnType<typeof fakeServer> } = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const server = options.server ?? fakeServer();
  const states: SaveState[] = [];
  const fields = new Map<string, string>();
  const conflicts: string[] = [];
  let ids = 0;
  const queue = new AutosaveQueue({
    scope: SCOPE,
    storage,
    send: server.send,
    markers: MARKERS,
    debounceMs: DEBOUNCE_MS,
    retryMs: RETRY_MS,
    makeId: () => `id-${Math.random()}-${++ids}`,
    onText: (key, body) => fields.set(key, body),
    onConflict: (key) => conflicts.push(key),
    onStateChange: (state) => states.push(state),
  });
  const type = (text: string, key = KEY) => {
    fields.set(key, text);
    queue.set(key, text);
  };
  return { queue, storage, server, states, fields, conflicts, type };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveQueue", () => {
  it("keeps a change in the browser at once and sends it, with its base, after a pause in typing", async () => {
    const { queue, storage, server, states, type } = setUp();
    queue.track(KEY, { body: "", version: 0 });
    type("M");
    expect(draftText(storage)).toBe("M");
    type("Mål");
    expect(draftText(storage)).toBe("Mål");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(1);
    expect(server.last()).toMatchObject({ key: KEY, body: "Mål", base: { body: "", version: 0 } });
    expect(queue.state).toBe("saving");

    await server.last()?.respond();
    expect(queue.state).toBe("saved");
    expect(states).toEqual(["saving", "saved"]);
    expect(storage.getItem(draftKey(KEY))).toBeNull();
    expect(queue.hasPending).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("waits while the person keeps typing, and then sends only the latest text", async () => {
    const { server, type } = setUp();
    for (const text of ["V", "Vi", "Vi s", "Vi ses"]) {
      type(text);
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    }
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    expect(server.requests.map((request) => request.body)).toEqual(["Vi ses"]);
  });

  it("keeps text typed while a save was on its way, and sends it next, based on the answer", async () => {
    const { queue, storage, server, fields, type } = setUp();
    type("Første");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    type("Første\nAnden");
    await server.requests[0]?.respond();
    expect(draftText(storage)).toBe("Første\nAnden");
    expect(fields.get(KEY)).toBe("Første\nAnden");
    expect(queue.state).not.toBe("saved");

    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.requests[1]).toMatchObject({ body: "Første\nAnden", base: { body: "Første", version: 1 } });
    await server.requests[1]?.respond();
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey(KEY))).toBeNull();
  });

  it("shows what another tab saved meanwhile: the field gets the merged text", async () => {
    const server = fakeServer();
    const one = setUp({ server });
    const two = setUp({ server });
    one.queue.track(KEY, { body: "Mål", version: 0 });
    two.queue.track(KEY, { body: "Mål", version: 0 });
    one.type("Mål\nFra fane et");
    two.type("Mål\nFra fane to");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[0]?.respond();
    await server.requests[1]?.respond();
    expect(server.body()).toBe("Mål\nFra fane et\nFra fane to");
    expect(two.fields.get(KEY)).toBe("Mål\nFra fane et\nFra fane to");
    expect(two.queue.state).toBe("saved");
  });

  it("merges what was typed since onto a merged answer (a rebase), and tells of a conflict", async () => {
    const server = fakeServer();
    const one = setUp({ server });
    const two = setUp({ server });
    for (const tab of [one, two]) tab.queue.track(KEY, { body: "Aftale: ugentligt", version: 0 });
    one.type("Aftale: hver 14. dag");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[0]?.respond();
    two.type("Aftale: månedligt");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    two.type("Aftale: månedligt\nNy linje");
    await server.requests[1]?.respond();
    expect(two.conflicts).toEqual([KEY]);
    expect(two.fields.get(KEY)).toBe("<<1\nAftale: hver 14. dag\n==2\nAftale: månedligt\n>>\nNy linje");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[2]?.respond();
    expect(server.body()).toBe("<<1\nAftale: hver 14. dag\n==2\nAftale: månedligt\n>>\nNy linje");
  });

  it("a save whose answer was lost is sent again as it was, so its lines are not added twice", async () => {
    const server = fakeServer();
    const other = setUp({ server });
    const { queue, storage, type } = setUp({ server });
    other.queue.track(KEY, { body: "", version: 0 });
    queue.track(KEY, { body: "", version: 0 });
    other.type("Søren skriver");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[0]?.respond();
    type("Niels skriver");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[1]?.fail({ afterSaving: true });
    expect(queue.state).toBe("offline");
    // Typed on while offline.
    type("Niels skriver\nog mere");
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(server.requests[2]).toMatchObject({ body: "Niels skriver", saveId: server.requests[1]?.saveId });
    await server.requests[2]?.respond();
    await vi.advanceTimersByTimeAsync(0);
    await server.requests[3]?.respond();
    expect(server.body()).toBe("Søren skriver\nNiels skriver\nog mere");
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey(KEY))).toBeNull();
  });

  it("says offline when the network fails, keeps the draft, and retries until it is saved", async () => {
    const { queue, storage, server, states, type } = setUp();
    type("Skrevet i toget");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.fail();
    expect(queue.state).toBe("offline");
    expect(draftText(storage)).toBe("Skrevet i toget");
    await vi.advanceTimersByTimeAsync(RETRY_MS - 1);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(2);
    await server.last()?.respond();
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey(KEY))).toBeNull();
    expect(states).toEqual(["saving", "offline", "saving", "saved"]);
  });

  it("says signed out on a 401, keeps the draft and sends it again once asked to", async () => {
    const { queue, storage, server, type } = setUp();
    type("Vigtig tanke");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond(401);
    expect(queue.state).toBe("signedOut");
    expect(draftText(storage)).toBe("Vigtig tanke");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
    void queue.flush();
    await settle();
    await server.last()?.respond();
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey(KEY))).toBeNull();
  });

  it("says error on a 400, keeps the draft in the browser, and does not resend the same text", async () => {
    const { queue, storage, server, type } = setUp();
    type("Afvist tekst");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond(400);
    expect(queue.state).toBe("error");
    expect(draftText(storage)).toBe("Afvist tekst");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
    type("Rettet tekst");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond();
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey(KEY))).toBeNull();
  });

  it("still saves to the server when the browser's storage is full", async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    };
    const { queue, server, type } = setUp({ storage });
    type("Uden lokal kopi");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond();
    expect(queue.state).toBe("saved");
    expect(server.body()).toBe("Uden lokal kopi");
  });

  it("puts back a draft left by an earlier visit and sends it from the version it was written on", async () => {
    const storage = new MemoryStorage();
    const server = fakeServer();
    const first = setUp({ storage, server });
    first.queue.track(KEY, { body: "Gammel tekst", version: 3 });
    first.type("Gammel tekst\nSkrevet lige før lukning");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.fail();

    const nextVisit = setUp({ storage, server });
    expect(nextVisit.queue.track(KEY, { body: "Gammel tekst", version: 3 })).toBe(
      "Gammel tekst\nSkrevet lige før lukning",
    );
    expect(nextVisit.fields.get(KEY)).toBe("Gammel tekst\nSkrevet lige før lukning");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.last()).toMatchObject({ base: { body: "Gammel tekst", version: 3 } });
  });

  it("takes a draft kept before saves named their base (plain text) as typed over the server's text", () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(KEY), "Fra en ældre side");
    const { queue } = setUp({ storage });
    expect(queue.track(KEY, { body: "Gemt", version: 2 })).toBe("Fra en ældre side");
  });

  it("never offers another scope's drafts", () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(KEY, "cycle-2"), "Andet forløb");
    const { queue } = setUp({ storage });
    expect(queue.track(KEY, { body: "", version: 0 })).toBeUndefined();
    expect(storage.getItem(draftKey(KEY, "cycle-2"))).toBe("Andet forløb");
  });
});

// Two writers type into the same text at once, with saves, answers, lost answers and looks at the
// server interleaved at random. Each writer adds lines and finishes the line it last wrote (typing
// on), as people do in shared notes. In the end every line either wrote is there exactly once, as
// last typed, on the server and in both fields.
type Step =
  | { kind: "newLine"; writer: 0 | 1; at: number }
  | { kind: "typeOn"; writer: 0 | 1 }
  | { kind: "wait"; ms: number }
  | { kind: "answer"; lose: boolean }
  | { kind: "look"; writer: 0 | 1 };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("newLine" as const),
    writer: fc.constantFrom(0 as const, 1 as const),
    at: fc.nat(10),
  }),
  fc.record({ kind: fc.constant("typeOn" as const), writer: fc.constantFrom(0 as const, 1 as const) }),
  fc.record({ kind: fc.constant("wait" as const), ms: fc.constantFrom(100, DEBOUNCE_MS, RETRY_MS) }),
  fc.record({ kind: fc.constant("answer" as const), lose: fc.boolean() }),
  fc.record({ kind: fc.constant("look" as const), writer: fc.constantFrom(0 as const, 1 as const) }),
);

describe("two writers at once (property)", () => {
  it("every line either wrote is there exactly once, as last typed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const server = fakeServer();
        const writers = [setUp({ server }), setUp({ server })];
        const names = ["S", "N"];
        const latest = new Map<string, string>();
        const lastLine: (string | undefined)[] = [undefined, undefined];
        let answered = 0;
        for (const writer of writers) writer.queue.track(KEY, { body: "", version: 0 });
        const linesOf = (text: string) => (text === "" ? [] : text.split("\n"));
        const answerNext = async (lose: boolean) => {
          const request = server.requests[answered];
          if (!request) return;
          answered++;
          if (lose) await request.fail({ afterSaving: true });
          else await request.respond();
        };
        for (const each of steps) {
          if (each.kind === "newLine") {
            const writer = writers[each.writer];
            if (!writer) continue;
            const id = `${names[each.writer]}${latest.size}`;
            const lines = linesOf(writer.fields.get(KEY) ?? "");
            lines.splice(each.at % (lines.length + 1), 0, id);
            latest.set(id, id);
            lastLine[each.writer] = id;
            writer.type(lines.join("\n"));
          } else if (each.kind === "typeOn") {
            const writer = writers[each.writer];
            const id = lastLine[each.writer];
            if (!writer || !id) continue;
            const lines = linesOf(writer.fields.get(KEY) ?? "");
            const at = lines.findIndex((line) => line.replace(/x+$/, "") === id);
            if (at < 0) continue;
            lines[at] = `${lines[at]}x`;
            latest.set(id, lines[at] ?? "");
            writer.type(lines.join("\n"));
          } else if (each.kind === "wait") {
            await vi.advanceTimersByTimeAsync(each.ms);
          } else if (each.kind === "answer") {
            await answerNext(each.lose);
          } else {
            const row = server.rows.get(KEY);
            if (row) writers[each.writer]?.queue.observe(KEY, row);
          }
        }
        // Then the network behaves until everything is saved, and both look once more.
        for (
          let round = 0;
          round < 50 && (writers.some((w) => w.queue.hasPending) || answered < server.requests.length);
          round++
        ) {
          await vi.advanceTimersByTimeAsync(RETRY_MS);
          while (answered < server.requests.length) await answerNext(false);
        }
        const row = server.rows.get(KEY) ?? { body: "", version: 0, recentSaveIds: [] };
        for (const writer of writers) writer.queue.observe(KEY, row);
        const saved = linesOf(row.body);
        for (const [id, text] of latest) {
          expect(saved.filter((line) => line.replace(/x+$/, "") === id)).toEqual([text]);
        }
        expect(saved).toHaveLength(latest.size);
        for (const writer of writers) expect(writer.fields.get(KEY) ?? "").toBe(row.body);
      }),
      { numRuns: 300 },
    );
  });
});

describe("two tabs in one browser", () => {
  it("one tab's confirmed save does not remove the other tab's unsaved draft", async () => {
    const storage = new MemoryStorage();
    const server = fakeServer();
    const one = setUp({ storage, server });
    const two = setUp({ storage, server });
    for (const tab of [one, two]) tab.queue.track(KEY, { body: "", version: 0 });
    one.type("Fra fane et");
    two.type("Fra fane to");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[0]?.respond();
    expect(draftText(storage)).toBe("Fra fane to");
    await server.requests[1]?.respond();
    expect(storage.getItem(draftKey(KEY))).toBeNull();
  });
});

describe("what the page says", () => {
  it("no longer says everything is saved once something new is typed", async () => {
    const { queue, server, type } = setUp();
    type("Første");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond();
    expect(queue.state).toBe("saved");
    type("Første og mere");
    expect(queue.state).toBe("idle");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond();
    expect(queue.state).toBe("saved");
  });
});
