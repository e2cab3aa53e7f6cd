import iconv from "iconv-lite";

/**
 * The text of an uploaded people file, whatever Excel saved it as (issue 14, finding 1):
 * "CSV (semikolonsepareret)" is Windows-1252, "CSV UTF-8" has a byte-order mark, "Unicode-tekst"
 * is UTF-16 with one. Without a mark, a file that is valid UTF-8 is read as UTF-8 (a Windows-1252
 * file with Danish letters never is: "å" alone is the byte E5, which UTF-8 cannot start a letter
 * with and end it), and anything else as Windows-1252, which can decode every byte.
 */
export function decodePeopleFile(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return iconv.decode(buffer, "utf8");
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer, "utf16le");
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer, "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, "win1252");
  }
}
