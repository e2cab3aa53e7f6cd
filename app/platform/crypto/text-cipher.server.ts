import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { TextEncryptionKeys } from "~/platform/config/config-types.server";

/*
 * AES-256-GCM for the texts people write (decision 018). A sealed text is one string:
 *   ld1.<key id>.<iv>.<ciphertext and tag>   (base64url parts; the key id is 8 hex of SHA-256(key))
 * so each row says which key sealed it, and rotation can find the rows an old key still opens.
 * The empty string stays empty: "nothing written yet" is not a secret, and the anonymous figures
 * count who wrote something.
 */

const PREFIX = "ld1.";
// The envelope's head by pattern; its data, which can be megabytes (a stored people file), by a
// search for one character outside base64url: a repeated class anchored at the end ({22,}$)
// overflowed V8's backtracking stack on megabytes (issue 16's review), a plain search has none.
const HEAD = /^ld1\.([0-9a-f]{8})\.([A-Za-z0-9_-]{16})\./;
const NOT_BASE64URL = /[^A-Za-z0-9_-]/;
const MIN_DATA_LENGTH = 22;

interface Envelope {
  keyId: string;
  iv: string;
  data: string;
}

function readEnvelope(stored: string): Envelope | null {
  if (!stored.startsWith(PREFIX)) return null;
  const head = HEAD.exec(stored);
  if (!head) return null;
  const data = stored.slice(head[0].length);
  if (data.length < MIN_DATA_LENGTH || NOT_BASE64URL.test(data)) return null;
  return { keyId: head[1] ?? "", iv: head[2] ?? "", data };
}

export class TextDecryptionError extends Error {
  override name = "TextDecryptionError";
}

export interface TextCipher {
  /** The key id new texts are sealed with. */
  currentKeyId: string;
  seal(plain: string): string;
  /** Opens a sealed text; anything else is returned as it is. */
  open(stored: string): string;
  isSealed(value: string): boolean;
}

export function textKeyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

export function createTextCipher(keys: Pick<TextEncryptionKeys, "current" | "old">): TextCipher {
  const keyring = new Map([keys.current, ...keys.old].map((key) => [textKeyId(key), key] as const));
  const currentKeyId = textKeyId(keys.current);
  return {
    currentKeyId,
    seal(plain) {
      if (plain === "") return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", keys.current, iv);
      const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${currentKeyId}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
    },
    open(stored) {
      const envelope = readEnvelope(stored);
      if (!envelope) return stored;
      const { keyId, iv, data } = envelope;
      const key = keyring.get(keyId);
      // A missing key or a failed tag is never shown as text: it means a wrong configuration or a
      // changed database, and must stop the request rather than show ciphertext as if it were text.
      if (!key) throw new TextDecryptionError(`no key ${keyId} among the configured text keys`);
      const sealed = Buffer.from(data, "base64url");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(sealed.subarray(sealed.length - 16));
        return Buffer.concat([
          decipher.update(sealed.subarray(0, sealed.length - 16)),
          decipher.final(),
        ]).toString("utf8");
      } catch (error) {
        throw new TextDecryptionError(`a text sealed with key ${keyId} did not open`, { cause: error });
      }
    },
    // Every string column of every row read passes here: the prefix first, the rest only then.
    isSealed: (value) => readEnvelope(value) !== null,
  };
}
