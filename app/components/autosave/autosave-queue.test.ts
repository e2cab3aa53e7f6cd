import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type DraftStorage, type SaveState } from "./autosave-queue";

// What a leader types must survive until the server has it: kept in the browser at once, sent after a
// pause in typing, and removed from the browser only when the server confirmed exactly that text.

const DEBOUNCE_MS = 800;
const RETRY_MS = 5_000;
const ENDPOINT = "/min-lederdialog/gem";
const SCOPE = "cycle-1";

/** Behaves like localStorage: `key(index)` follows insertion order, and removing shifts the indexes. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
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

interface SentRequest {
  endpoint: string;
  key: string | null;
  body: string | null;
  respond(status: number): Promise<void>;
  fail(): Promise<void>;
}

/** A server whose answers the test gives, one request at a time. */
function fakeServer() {
  const requests: SentRequest[] = [];
  const send = vi.fn(
    (endpoint: string, params: URLSearchParams) =>
      new Promise<Response>((resolve, reject) => {
        requests.push({
          endpoint,
          key: params.get("key"),
          body: params.get("body"),
          async respond(status) {
            resolve(new Response(status === 200 ? '{"ok":true}' : null, { status }));
            await settle();
          },
          async fail() {
            reject(new TypeError("Failed to fetch"));
            await settle();
          },
        });
      }),
  );
  return { requests, send, last: () => requests.at(-1) };
}

/** Lets pending promise callbacks run without moving the clock. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

function setUp(storage = new MemoryStorage(), scope = SCOPE) {
  const server = fakeServer();
  const states: SaveState[] = [];
  const queue = new AutosaveQueue({
    endpoint: ENDPOINT,
    scope,
    storage,
    send: server.send,
    debounceMs: DEBOUNCE_MS,
    retryMs: RETRY_MS,
    onStateChange: (state) => states.push(state),
  });
  return { queue, storage, server, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveQueue", () => {
  it("keeps a change in the browser at once and sends it after a pause in typing", async () => {
    const { queue, storage, server, states } = setUp();
    queue.set("note:goals", "M");
    expect(storage.getItem(draftKey("note:goals"))).toBe("M");
    queue.set("note:goals", "Mål");
    expect(storage.getItem(draftKey("note:goals"))).toBe("Mål");

    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(1);
    expect(server.last()).toMatchObject({ endpoint: ENDPOINT, key: "note:goals", body: "Mål" });
    expect(queue.state).toBe("saving");

    await server.last()?.respond(200);
    expect(queue.state).toBe("saved");
    expect(states).toEqual(["saving", "saved"]);
    expect(storage.getItem(draftKey("note:goals"))).toBeNull();
    expect(queue.hasPending).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("waits while the leader keeps typing, and then sends only the latest text", async () => {
    const { queue, server } = setUp();
    for (const text of ["V", "Vi", "Vi s", "Vi ses"]) {
      queue.set("kontrakt:goals", text);
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    }
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    expect(server.requests.map((request) => request.body)).toEqual(["Vi ses"]);
  });

  it("keeps text typed while a save was on its way, and sends it next", async () => {
    const { queue, storage, server } = setUp();
    queue.set("note:goals", "Første");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.requests).toHaveLength(1);

    queue.set("note:goals", "Første og anden");
    await server.requests[0]?.respond(200);
    // The server confirmed the older text: the newer one is neither forgotten nor deleted.
    expect(storage.getItem(draftKey("note:goals"))).toBe("Første og anden");
    expect(queue.hasPending).toBe(true);
    expect(queue.state).not.toBe("saved");

    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.requests.map((request) => request.body)).toEqual(["Første", "Første og anden"]);
    await server.requests[1]?.respond(200);
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey("note:goals"))).toBeNull();
    expect(queue.hasPending).toBe(false);
  });

  it("saves every changed field, each with its own text", async () => {
    const { queue, storage, server } = setUp();
    queue.set("note:goals", "Mål");
    queue.set("note:wellbeing", "Trivsel");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.requests[0]?.respond(200);
    await server.requests[1]?.respond(200);
    expect(server.requests.map((request) => [request.key, request.body])).toEqual([
      ["note:goals", "Mål"],
      ["note:wellbeing", "Trivsel"],
    ]);
    expect(queue.state).toBe("saved");
    expect(storage.length).toBe(0);
  });

  it("says offline when the network fails, keeps the draft, and retries until it is saved", async () => {
    const { queue, storage, server, states } = setUp();
    queue.set("kontrakt:wellbeing", "Skrevet i toget");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.fail();

    expect(queue.state).toBe("offline");
    expect(storage.getItem(draftKey("kontrakt:wellbeing"))).toBe("Skrevet i toget");
    expect(queue.hasPending).toBe(true);

    await vi.advanceTimersByTimeAsync(RETRY_MS - 1);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(2);
    expect(server.last()?.body).toBe("Skrevet i toget");
    await server.last()?.fail();
    expect(queue.state).toBe("offline");

    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(server.requests).toHaveLength(3);
    await server.last()?.respond(200);
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey("kontrakt:wellbeing"))).toBeNull();
    expect(states).toEqual(["saving", "offline", "saving", "offline", "saving", "saved"]);
  });

  it("says signed out on a 401, keeps the draft and sends it again once asked to", async () => {
    const { queue, storage, server } = setUp();
    queue.set("note:wellbeing", "Vigtig tanke");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond(401);

    expect(queue.state).toBe("signedOut");
    expect(storage.getItem(draftKey("note:wellbeing"))).toBe("Vigtig tanke");
    expect(queue.hasPending).toBe(true);
    // No hammering the server while signed out.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);

    void queue.flush();
    await settle();
    expect(server.requests).toHaveLength(2);
    await server.last()?.respond(200);
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey("note:wellbeing"))).toBeNull();
  });

  it("says error on a 400, keeps the draft in the browser, and does not resend the same text", async () => {
    const { queue, storage, server } = setUp();
    queue.set("note:goals", "Afvist tekst");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond(400);

    expect(queue.state).toBe("error");
    expect(storage.getItem(draftKey("note:goals"))).toBe("Afvist tekst");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);

    queue.set("note:goals", "Rettet tekst");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.last()?.respond(200);
    expect(server.requests.map((request) => request.body)).toEqual(["Afvist tekst", "Rettet tekst"]);
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey("note:goals"))).toBeNull();
  });

  it("still sends a text typed while a rejected one was on its way", async () => {
    const { queue, storage, server } = setUp();
    queue.set("kontrakt:goals", "x".repeat(30));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    queue.set("kontrakt:goals", "Kortere");
    await server.requests[0]?.respond(413);
    expect(storage.getItem(draftKey("kontrakt:goals"))).toBe("Kortere");

    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.requests.map((request) => request.body)).toEqual(["x".repeat(30), "Kortere"]);
    await server.last()?.respond(200);
    expect(queue.state).toBe("saved");
    expect(storage.getItem(draftKey("kontrakt:goals"))).toBeNull();
  });

  it("still saves to the server when the browser's storage is full", async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    };
    const { queue, server } = setUp(storage);
    queue.set("note:goals", "Uden lokal kopi");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.last()?.body).toBe("Uden lokal kopi");
    await server.last()?.respond(200);
    expect(queue.state).toBe("saved");
  });

  describe("unsavedDrafts", () => {
    it("offers the drafts the server does not have and clears those it already has", () => {
      const storage = new MemoryStorage();
      storage.setItem(draftKey("note:goals"), "Som på serveren");
      storage.setItem(draftKey("note:wellbeing"), "Nyere end serveren");
      storage.setItem(draftKey("note:nearestLeader"), "");
      storage.setItem(draftKey("kontrakt:goals"), "Aldrig gemt");
      storage.setItem(draftKey("kontrakt:wellbeing"), "Også som på serveren");
      storage.setItem(draftKey("kontrakt:alignWithLeader"), "Også aldrig gemt");
      const { queue } = setUp(storage);

      const drafts = queue.unsavedDrafts({
        "note:goals": "Som på serveren",
        "note:wellbeing": "Ældre",
        "kontrakt:wellbeing": "Også som på serveren",
      });
      expect(drafts).toEqual({
        "note:wellbeing": "Nyere end serveren",
        "kontrakt:goals": "Aldrig gemt",
        "kontrakt:alignWithLeader": "Også aldrig gemt",
      });
      expect([...storage.items.keys()].sort()).toEqual(
        [draftKey("note:wellbeing"), draftKey("kontrakt:goals"), draftKey("kontrakt:alignWithLeader")].sort(),
      );
    });

    it("never offers or clears another cycle's drafts, nor other things in the browser's storage", () => {
      const storage = new MemoryStorage();
      storage.setItem(draftKey("note:goals", "cycle-2"), "Andet forløb");
      storage.setItem(draftKey("note:wellbeing", "cycle-2"), "Som på serveren");
      storage.setItem(draftKey("note:goals", "cycle-10"), "Et tredje forløb");
      storage.setItem("theme", "dark");
      storage.setItem(draftKey("note:goals"), "Dette forløb");
      const { queue } = setUp(storage, "cycle-1");

      expect(queue.unsavedDrafts({ "note:wellbeing": "Som på serveren" })).toEqual({
        "note:goals": "Dette forløb",
      });
      expect(storage.getItem(draftKey("note:goals", "cycle-2"))).toBe("Andet forløb");
      expect(storage.getItem(draftKey("note:wellbeing", "cycle-2"))).toBe("Som på serveren");
      expect(storage.getItem(draftKey("note:goals", "cycle-10"))).toBe("Et tredje forløb");
      expect(storage.getItem("theme")).toBe("dark");
    });

    it("finds a draft left by an earlier visit whose save never arrived", async () => {
      const storage = new MemoryStorage();
      const first = setUp(storage);
      first.queue.set("kontrakt:goals", "Skrevet lige før lukning");
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
      await first.server.last()?.fail();

      const nextVisit = setUp(storage);
      expect(nextVisit.queue.unsavedDrafts({ "kontrakt:goals": "Gammel tekst" })).toEqual({
        "kontrakt:goals": "Skrevet lige før lukning",
      });
    });
  });
});
