/**
 * Draws the two Teams icons (192×192 colour, 32×32 white outline on transparent) as PNGs, so the
 * icons are reproducible from the repository: `npx tsx scripts/make-icons.ts`.
 * The motif: a person and an open door — a way in to work.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel(x, y);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The motif in unit coordinates (0..1): true where the shape is. */
function motif(u: number, v: number): boolean {
  const door = u > 0.52 && u < 0.8 && v > 0.22 && v < 0.82 && !(u > 0.57 && u < 0.75 && v > 0.27 && v < 0.82);
  const head = (u - 0.33) ** 2 + (v - 0.36) ** 2 < 0.075 ** 2;
  const body = v > 0.47 && v < 0.82 && Math.abs(u - 0.33) < 0.12 - (0.82 - v) * 0.12;
  const floor = v > 0.8 && v < 0.84 && u > 0.15 && u < 0.85;
  return door || head || body || floor;
}

function supersample(size: number, inside: (u: number, v: number) => boolean, x: number, y: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const out = path.resolve(import.meta.dirname, '../appPackage');
const bg: RGBA = [70, 71, 117, 255]; // Teams indigo
fs.writeFileSync(
  path.join(out, 'color.png'),
  encodePng(192, (x, y) => {
    const a = supersample(192, motif, x, y);
    return [Math.round(bg[0] + (255 - bg[0]) * a), Math.round(bg[1] + (255 - bg[1]) * a), Math.round(bg[2] + (255 - bg[2]) * a), 255];
  }),
);
fs.writeFileSync(
  path.join(out, 'outline.png'),
  encodePng(32, (x, y) => [255, 255, 255, Math.round(255 * supersample(32, motif, x, y))]),
);
console.log('wrote appPackage/color.png and appPackage/outline.png');
