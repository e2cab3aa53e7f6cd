/** What start-up hands to the services; read once from the environment by `loadConfig`. */

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Config {
  isProduction: boolean;
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  publicUrl: URL;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  logLevel: string;
  trustProxy: boolean;
  /** How often each process looks for reminder mails that are due. */
  reminderIntervalSeconds: number;
  /** AES-256 keys for the texts people write (decision 018): the current one seals, all open. */
  textEncryption: TextEncryptionKeys;
  /**
   * Name servers that check e-mail domain proofs (`ip`, `ip:port`, `[ipv6]:port`); undefined: the
   * system's. Tests point it at a DNS server of their own on loopback (decision 024).
   */
  dnsServers: string[] | undefined;
}

export interface TextEncryptionKeys {
  current: Buffer;
  /** Earlier keys, kept only until `rotate-key` has re-sealed every text with the current one. */
  old: Buffer[];
  /** Where they came from: only keys in DATA_DIR/secrets.json can be rotated by the app itself. */
  source: "environment" | "secretsFile";
}
