// Bytes for a contract bundle: typed arrays as little-endian base64 text, and gzip by the
// browser's own CompressionStream, with a cap so a crafted file cannot fill memory.
import { BundleError, type BundleRefusal } from './bundle-schema';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Largest bundle text accepted after decompression: years of several monitors fit many times over. */
const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export type ElementType = 'u16' | 'u32' | 'f64';
const SIZE: Record<ElementType, number> = { u16: 2, u32: 4, f64: 8 };

export const elementBytes = (type: ElementType): number => SIZE[type];

/** The bytes as they would be stored on a little-endian machine (every machine the app runs on, in practice). */
function littleEndianBytes(buffer: ArrayBuffer, type: ElementType): Uint8Array {
  const bytes = new Uint8Array(buffer);
  if (LITTLE_ENDIAN || SIZE[type] === 1) return bytes;
  const out = new Uint8Array(bytes.length);
  const size = SIZE[type];
  for (let i = 0; i < bytes.length; i += size)
    for (let k = 0; k < size; k++) out[i + k] = bytes[i + size - 1 - k]!;
  return out;
}

export function base64OfArray(buffer: ArrayBuffer, type: ElementType): string {
  const bytes = littleEndianBytes(buffer, type);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The exact-size buffer a base64 text holds, or null when it is not strict base64. */
export function arrayOfBase64(text: string, type: ElementType): ArrayBuffer | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  if (bytes.length % SIZE[type] !== 0) return bytes.buffer;
  // Swapping is its own inverse.
  return LITTLE_ENDIAN ? bytes.buffer : (littleEndianBytes(bytes.buffer, type).buffer as ArrayBuffer);
}

export async function gzip(text: string): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

/** The text of a bundle file: gunzipped when it starts with gzip's magic bytes, else read as it is (plain JSON). */
export async function bundleText(blob: Blob): Promise<string> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  if (!gzipped) {
    if (blob.size > MAX_BUNDLE_BYTES) throw new BundleError(tooLarge());
    try {
      return await blob.text();
    } catch (e) {
      if (e instanceof RangeError) throw new BundleError(tooLongText(blob.size));
      throw e;
    }
  }
  let read: { chunks: Uint8Array[]; total: number } | null;
  try {
    read = await readAtMost(blob.stream().pipeThrough(new DecompressionStream('gzip')), MAX_BUNDLE_BYTES);
  } catch {
    throw new BundleError({ code: 'damaged' });
  }
  if (read === null) throw new BundleError(tooLarge());
  const { chunks, total } = read;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
  } catch (e) {
    // Text longer than the browser's longest string fails as a RangeError, not as bad UTF-8.
    if (e instanceof RangeError) throw new BundleError(tooLongText(total));
    throw new BundleError({ code: 'notUtf8' });
  }
}

const tooLongText = (bytes: number): BundleRefusal => ({
  code: 'tooLong',
  mb: Math.round(bytes / 1024 / 1024),
});
const tooLarge = (): BundleRefusal => ({ code: 'tooLarge', mb: MAX_BUNDLE_BYTES / 1024 / 1024 });

/**
 * A stream's chunks, read until it ends, or null as soon as they pass `limit` bytes (the
 * stream is then cancelled): a decompression bomb stops there instead of filling memory.
 */
export async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ chunks: Uint8Array[]; total: number } | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, total };
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}
