// A file's duplicate digest, taken while the import streams it: XXH3-128 over the XXH3-128
// digests of its 4 MiB blocks (the last one shorter; an empty file has none). Blocks let
// the two readers of a split import each digest their own half; XXH3 (hash-wasm's build of
// the xxHash reference code, https://github.com/Daninet/hash-wasm) runs at several GB/s
// on one core, where a SHA-256 of every block took as much time as reading the file and
// competed with the readers for the same two cores. The digest only tells a file already
// stored from a new one; the fingerprint a vendor checks with `sha256sum` is the plain
// SHA-256 taken after the import (workers/fingerprints.ts).
import type { IHasher } from 'hash-wasm';

export const CHECKSUM_BLOCK_BYTES = 4 << 20;

export const hexOf = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export class FileChecksum {
  private filled = 0;
  private readonly digests: Uint8Array[] = [];

  private constructor(private readonly hasher: IHasher) {
    hasher.init();
  }

  static async create(): Promise<FileChecksum> {
    const { createXXHash128 } = await import('hash-wasm');
    return new FileChecksum(await createXXHash128());
  }

  /** Adds the next bytes of the file; the caller may reuse `data` once this returns. */
  update(data: Uint8Array): void {
    let at = 0;
    while (at < data.length) {
      const n = Math.min(data.length - at, CHECKSUM_BLOCK_BYTES - this.filled);
      this.hasher.update(n === data.length ? data : data.subarray(at, at + n));
      this.filled += n;
      at += n;
      if (this.filled === CHECKSUM_BLOCK_BYTES) this.closeBlock();
    }
  }

  /** The digest as lower-case hex (32 digits); the object is spent afterwards. */
  hex(): string {
    const digests = this.blockDigests();
    this.hasher.init();
    for (const d of digests) this.hasher.update(d);
    return this.hasher.digest('hex');
  }

  /** The digest of each block so far, the last one possibly short; the object is spent afterwards. */
  blockDigests(): Uint8Array[] {
    if (this.filled > 0) this.closeBlock();
    return this.digests;
  }

  /** Appends the digests of the blocks that follow, taken by another reader; only after whole blocks. */
  adopt(digests: readonly Uint8Array[]): void {
    if (this.filled > 0) throw new Error('FileChecksum.adopt: after a partial block');
    this.digests.push(...digests);
  }

  private closeBlock(): void {
    this.digests.push(this.hasher.digest('binary'));
    this.hasher.init();
    this.filled = 0;
  }
}
