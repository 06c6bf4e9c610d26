// A file's duplicate digest, taken while the import streams it: SHA-256 over the SHA-256
// digests of its 4 MiB blocks (the last one shorter; an empty file has none). Its blocks
// digest in parallel beside the import, which a plain SHA-256 cannot; the plain one, the
// fingerprint a vendor checks with `sha256sum`, follows the import (workers/fingerprints.ts). Blocks go to
// WebCrypto's native digest, which runs beside the import on the browser's own threads;
// without WebCrypto (a page served over plain HTTP) the same digests come from the
// JavaScript SHA-256 below, which also makes the final digest over the block digests.
// Memory stays at one block and the few digests under way, whatever the file's size.

const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

export class Sha256 {
  private readonly state = Uint32Array.from([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  private readonly w = new Uint32Array(64);
  private readonly pending = new Uint8Array(64);
  private pendingLength = 0;
  private totalBytes = 0;

  update(data: Uint8Array): this {
    let i = 0;
    this.totalBytes += data.length;
    if (this.pendingLength > 0) {
      i = Math.min(64 - this.pendingLength, data.length);
      this.pending.set(data.subarray(0, i), this.pendingLength);
      this.pendingLength += i;
      if (this.pendingLength < 64) return this;
      this.compress(this.pending, 0);
      this.pendingLength = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i);
    if (i < data.length) {
      this.pending.set(data.subarray(i));
      this.pendingLength = data.length - i;
    }
    return this;
  }

  /** The digest as lower-case hex; the hasher is spent afterwards. */
  hex(): string {
    return hexOf(this.digest());
  }

  /** The 32-byte digest; the hasher is spent afterwards. */
  digest(): Uint8Array<ArrayBuffer> {
    const bits = this.totalBytes * 8;
    const tail = new Uint8Array(this.pendingLength < 56 ? 64 : 128);
    tail.set(this.pending.subarray(0, this.pendingLength));
    tail[this.pendingLength] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(tail.length - 4, bits >>> 0);
    for (let i = 0; i < tail.length; i += 64) this.compress(tail, i);
    const out = new Uint8Array(32);
    const words = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) words.setUint32(4 * i, this.state[i]!);
    return out;
  }

  private compress(d: Uint8Array, at: number): void {
    const w = this.w;
    for (let t = 0; t < 16; t++) {
      const o = at + t * 4;
      w[t] = (d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    const s = this.state;
    let a = s[0]!;
    let b = s[1]!;
    let c = s[2]!;
    let e = s[4]!;
    let f = s[5]!;
    let g = s[6]!;
    let h = s[7]!;
    let dd = s[3]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (dd + t1) | 0;
      dd = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    s[0] = s[0]! + a;
    s[1] = s[1]! + b;
    s[2] = s[2]! + c;
    s[3] = s[3]! + dd;
    s[4] = s[4]! + e;
    s[5] = s[5]! + f;
    s[6] = s[6]! + g;
    s[7] = s[7]! + h;
  }
}

export const hexOf = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const CHECKSUM_BLOCK_BYTES = 4 << 20;
/** Blocks whose digests may be under way at once before `update` asks the caller to wait. */
const MAX_PENDING_BLOCKS = 6;

export type BlockDigest = (block: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

/** WebCrypto copies the block when called (so the caller may refill it) and digests it off the thread. */
export const nativeDigest: BlockDigest | null =
  globalThis.crypto?.subtle === undefined
    ? null
    : async (block) => new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', block));

export const scriptDigest: BlockDigest = (block) => Promise.resolve(new Sha256().update(block).digest());

export class FileChecksum {
  private readonly block = new Uint8Array(CHECKSUM_BLOCK_BYTES);
  private filled = 0;
  private readonly digests: Promise<Uint8Array>[] = [];
  private settled = 0;

  constructor(private readonly digestBlock: BlockDigest = nativeDigest ?? scriptDigest) {}

  /**
   * Adds the next bytes of the file. Returns a promise to wait for when too many blocks
   * are still being digested (so their copies cannot pile up), else null.
   */
  update(data: Uint8Array): Promise<unknown> | null {
    let at = 0;
    while (at < data.length) {
      const n = Math.min(data.length - at, CHECKSUM_BLOCK_BYTES - this.filled);
      this.block.set(data.subarray(at, at + n), this.filled);
      this.filled += n;
      at += n;
      if (this.filled === CHECKSUM_BLOCK_BYTES) this.digestFilled();
    }
    const pending = this.digests.length - this.settled;
    return pending > MAX_PENDING_BLOCKS ? this.digests[this.digests.length - pending]! : null;
  }

  /** The checksum as lower-case hex; the object is spent afterwards. */
  async hex(): Promise<string> {
    return FileChecksum.combine(await this.blockDigests());
  }

  /** The digest of each block so far, the last one possibly short; the object is spent afterwards. */
  blockDigests(): Promise<Uint8Array[]> {
    if (this.filled > 0) this.digestFilled();
    return Promise.all(this.digests);
  }

  /** Appends the digests of the blocks that follow, taken by another reader; only after whole blocks. */
  adopt(digests: readonly Uint8Array[]): void {
    if (this.filled > 0) throw new Error('FileChecksum.adopt: after a partial block');
    for (const d of digests) this.digests.push(Promise.resolve(d));
    this.settled += digests.length;
  }

  /** The checksum of a file from its blocks' digests, in file order (parts read apart join here). */
  static combine(digests: readonly Uint8Array[]): string {
    const all = new Sha256();
    for (const d of digests) all.update(d);
    return hexOf(all.digest());
  }

  private digestFilled(): void {
    const digest = this.digestBlock(this.block.subarray(0, this.filled));
    this.filled = 0;
    this.digests.push(
      digest.then((d) => {
        this.settled++;
        return d;
      }),
    );
  }
}
