import type { TextEncryptionKeys } from "./config-types.server";
import { readOrCreateSecrets, storedTextEncryptionKeys, writeSecrets } from "./secrets-file.server";
import { newKey } from "./text-key.server";

/**
 * Key rotation in embedded mode (`npm run rotate-key`, decision 018), step 1: a new key becomes
 * current and the old one is kept for opening what it sealed. Step 2 (`forgetOldTextKeys`) runs once
 * every text is sealed again. Keys from the environment are rotated by the operator instead.
 */
export function startStoredTextKeyRotation(dataDir: string): TextEncryptionKeys {
  const secrets = readOrCreateSecrets(dataDir);
  const rotated = {
    ...secrets,
    textEncryptionKey: newKey(),
    oldTextEncryptionKeys: [secrets.textEncryptionKey, ...secrets.oldTextEncryptionKeys],
  };
  writeSecrets(dataDir, rotated);
  return storedTextEncryptionKeys(rotated);
}

export function forgetOldTextKeys(dataDir: string): void {
  writeSecrets(dataDir, { ...readOrCreateSecrets(dataDir), oldTextEncryptionKeys: [] });
}
