// A policy shared as a link: the JSON, compressed with the browser's CompressionStream,
// travels in the URL fragment, which browsers never send to any server.
import { type Policy, parsePolicy } from '../../engine/policy';
import { readAtMost } from '../../storage';

const PREFIX = '#policy=';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

/**
 * The link to `baseUrl`'s page carrying the policy. The sharer's own query stays behind:
 * their `?asOf=` would fix the colleague's report date, and their `?lang=` the language.
 */
export async function policyLink(policy: Policy, baseUrl: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(policy));
  const packed = await pipe(json, new CompressionStream('deflate-raw'));
  const page = new URL(baseUrl);
  return `${page.origin}${page.pathname}${PREFIX}${toBase64Url(packed)}`;
}

/** Why a link holds no policy, for the page to word in its reader's language. */
export class PolicyLinkError extends Error {
  constructor(
    readonly code: 'tooLong' | 'tooLarge' | 'unreadable',
    readonly params: Record<string, number> = {},
  ) {
    super(`policy link: ${code}`);
  }
}

/** Longer than any real policy's link (the presets pack to 3–6 kB): refused before decoding. */
const MAX_LINK_CHARS = 64 * 1024;
/** Bytes a link may unpack to; a deflate bomb stops here instead of filling memory. */
const MAX_POLICY_BYTES = 512 * 1024;

/** Inflates `bytes`, giving up as soon as the output passes `limit`. */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const read = await readAtMost(stream, limit);
  return read && new Uint8Array(await new Blob(read.chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

/** The policy a URL fragment carries, validated; null when the fragment holds none. */
export async function policyFromFragment(hash: string): Promise<Policy | null> {
  if (!hash.startsWith(PREFIX)) return null;
  const packed = hash.slice(PREFIX.length);
  if (packed.length > MAX_LINK_CHARS)
    throw new PolicyLinkError('tooLong', { n: packed.length, max: MAX_LINK_CHARS });
  let json: unknown;
  try {
    const bytes = await inflateAtMost(fromBase64Url(packed), MAX_POLICY_BYTES);
    if (!bytes) throw new PolicyLinkError('tooLarge', { kb: MAX_POLICY_BYTES / 1024 });
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    if (e instanceof PolicyLinkError) throw e;
    throw new PolicyLinkError('unreadable');
  }
  return parsePolicy(json);
}
