import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createTextCipher } from "~/platform/crypto/text-cipher.server";
import { type AppProcess, freePort, startApp } from "../support/app-process";
import {
  ALL_TEXT_KEYS,
  autosave,
  exportedTexts,
  signUpLeader,
  versionOf,
  versionText,
} from "./support/leader-client";

// `kill -9` of the production server in the middle of a burst of autosaves, on embedded SQLite: what
// the server acknowledged must be there after a restart, exactly, and the file must be intact.

const BURST_MS = 2_500;

describe("the server killed (SIGKILL) during a burst of autosaves, on SQLite", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-faults-kill-"));
  const apps: AppProcess[] = [];
  afterAll(async () => {
    for (const app of apps) await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged save with exactly the text acknowledged, and the database intact", async () => {
    const port = String(await freePort());
    const first = await startApp({ DATA_DIR: dataDir, PORT: port });
    apps.push(first);
    const cookie = await signUpLeader(first.baseUrl);

    // One lane per text key: each saves version after version, as a leader's typing does, and all
    // lanes run at once. A lane stops when its connection is cut by the kill.
    const acknowledged = new Map<string, number>();
    const lastSent = new Map<string, number>();
    const otherAnswers: number[] = [];
    let isKilled = false;
    const lanes = ALL_TEXT_KEYS.map(async (key) => {
      for (let version = 1; !isKilled; version++) {
        lastSent.set(key, version);
        try {
          const status = await autosave(first.baseUrl, cookie, key, versionText(key, version));
          if (status === 200) acknowledged.set(key, version);
          else otherAnswers.push(status);
        } catch {
          return; // no answer: the server is gone
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, BURST_MS));
    first.child.kill("SIGKILL");
    isKilled = true;
    await Promise.all(lanes);
    if (first.child.signalCode === null) await new Promise((resolve) => first.child.once("exit", resolve));
    expect(first.child.signalCode).toBe("SIGKILL");
    const acknowledgedCount = [...acknowledged.values()].reduce((sum, version) => sum + version, 0);
    expect(acknowledgedCount).toBeGreaterThan(100); // a real burst, not a trickle
    expect(otherAnswers).toEqual([]);
    console.info(
      `SIGKILL after ${acknowledgedCount} acknowledged saves on ${ALL_TEXT_KEYS.length} keys at once`,
    );

    const second = await startApp({ DATA_DIR: dataDir, PORT: port });
    apps.push(second);
    const texts = await exportedTexts(second.baseUrl, cookie);
    for (const key of ALL_TEXT_KEYS) {
      const acked = acknowledged.get(key);
      const stored = texts[key];
      if (acked === undefined) {
        // Never acknowledged: absent, or the one save in flight at the kill.
        if (stored !== undefined) expect(versionOf(key, stored)).toBe(1);
        continue;
      }
      // The acknowledged version, or the next one that was in flight when the server died: never an
      // older text, never a torn one.
      const version = stored === undefined ? undefined : versionOf(key, stored);
      const inFlight = lastSent.get(key) === acked + 1 ? [acked + 1] : [];
      expect([acked, ...inFlight], `${key}: stored "${stored}"`).toContain(version);
    }

    // Every save was one committed revision, in order: the revision counts the versions stored.
    const db = new SQLite(path.join(dataDir, "lederdialog.sqlite"), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = db.prepare("select text_key, body, revision from cycle_texts").all() as {
        text_key: string;
        body: string;
        revision: number;
      }[];
      expect(rows.length).toBe(Object.keys(texts).length);
      // The bodies are sealed at rest (decision 018): opened with the key the app generated.
      const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8"));
      const cipher = createTextCipher({ current: Buffer.from(secrets.textEncryptionKey, "base64"), old: [] });
      for (const row of rows) {
        expect(row.revision, row.text_key).toBe(versionOf(row.text_key, cipher.open(row.body)));
      }
    } finally {
      db.close();
    }
  });
});
