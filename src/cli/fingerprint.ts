// A file's size and plain SHA-256, as `sha256sum` prints it, for the report's inputs[]:
// the fingerprint that lets a vendor verify the evidence. Node's hash is native, so the
// file is read once more rather than threading a hasher through the two-thread import.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface Fingerprint {
  size: number;
  sha256: string;
}

export function bytesFingerprint(bytes: Uint8Array): Fingerprint {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function fileFingerprint(path: string): Promise<Fingerprint> {
  const sha = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    sha.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: sha.digest('hex') };
}
