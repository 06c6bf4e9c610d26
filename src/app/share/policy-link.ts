// A policy shared as a link: the JSON, compressed with the browser's CompressionStream,
// travels in the URL fragment, which browsers never send to any server.
import { type Policy, parsePolicy } from '../../engine/policy';

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

/** The link to `baseUrl` carrying the policy. */
export async function policyLink(policy: Policy, baseUrl: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(policy));
  const packed = await pipe(json, new CompressionStream('deflate-raw'));
  return `${baseUrl.split('#')[0]}${PREFIX}${toBase64Url(packed)}`;
}

export class PolicyLinkError extends Error {}

/** The policy a URL fragment carries, validated; null when the fragment holds none. */
export async function policyFromFragment(hash: string): Promise<Policy | null> {
  if (!hash.startsWith(PREFIX)) return null;
  let json: unknown;
  try {
    const bytes = await pipe(
      fromBase64Url(hash.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new PolicyLinkError(
      'This link does not hold a readable policy: it may have been cut short when copied.',
    );
  }
  return parsePolicy(json);
}
