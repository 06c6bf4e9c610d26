// Writes the app icons (PNG, any and maskable) from one vector description, so they can
// be regenerated without an image editor: a shield with a tick on the theme colour.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const THEME = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r!, g!, b!, a!], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const head = Buffer.alloc(13);
  head.writeUInt32BE(size, 0);
  head.writeUInt32BE(size, 4);
  head.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', head),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Distance from point p to segment ab. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Shield and tick in unit coordinates (0..1), scaled into the safe zone `inset`. */
function icon(size: number, inset: number, background: boolean): Buffer {
  return png(size, (x, y) => {
    const u = (x / size - inset) / (1 - 2 * inset);
    const v = (y / size - inset) / (1 - 2 * inset);
    const inShield =
      u > 0.18 && u < 0.82 && v > 0.12 && (v < 0.55 || Math.hypot((u - 0.5) / 0.32, (v - 0.55) / 0.35) < 1);
    const tick =
      Math.min(segment(u, v, 0.33, 0.5, 0.46, 0.63), segment(u, v, 0.46, 0.63, 0.68, 0.37)) < 0.045;
    if (inShield && tick) return [...THEME, 255];
    if (inShield) return [...WHITE, 255];
    return background ? [...THEME, 255] : [0, 0, 0, 0];
  });
}

writeFileSync('public/icons/icon-192.png', icon(192, 0.06, true));
writeFileSync('public/icons/icon-512.png', icon(512, 0.06, true));
// Maskable icons keep their drawing inside the central 80 % safe zone.
writeFileSync('public/icons/maskable-512.png', icon(512, 0.16, true));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, 0.08, true));
writeFileSync(
  'public/icons/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>SLA Witness</title><rect width="64" height="64" rx="12" fill="#1f5fbf"/><path d="M14 9h36v26a18 18 0 0 1-36 0z" fill="#fff"/><path d="M23 32l7 8 13-15" fill="none" stroke="#1f5fbf" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`,
);
