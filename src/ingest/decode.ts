// Bytes to text: UTF-8 with or without a BOM, or UTF-16 with a BOM (SPEC §3), the
// encoding told from the first bytes alone so that a stream can be read without the rest.
// First bytes that are not UTF-8 are Windows-1252, as Excel saves "CSV (Comma delimited)"
// on a Western Windows: read as UTF-8 its accented names would become U+FFFD, and two
// monitors ("café", "cafè") one.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(head: Uint8Array): { encoding: TextEncoding; bomBytes: number } {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bomBytes: 3 };
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bomBytes: 0 };
}

/** Whether the bytes are UTF-8, a sequence cut by their end included. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomBytes } = detectEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(bomBytes));
}

/** True when the text looks like binary data rather than a CSV export. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / sample.length > 0.05;
}
