// Draws public/icon/{16,32,48,128}.png: a teal rounded square with a white open "C" and a dot
// (a calm, plain mark that stays legible at 16 px). Run: npx tsx scripts/make-icons.ts
// No image library: shapes are rasterised with 4×4 supersampling and written by a tiny PNG
// encoder over node:zlib.

import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BG: [number, number, number] = [15, 110, 102]; // #0f6e66
const FG: [number, number, number] = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage tests in unit coordinates (0..1 across the icon). */
function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.22;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}
function inC(x: number, y: number): boolean {
  const cx = 0.47;
  const cy = 0.5;
  const d = Math.hypot(x - cx, y - cy);
  if (d < 0.2 || d > 0.33) return false;
  // Open on the right: leave out ±40° around 0°.
  const angle = Math.abs((Math.atan2(y - cy, x - cx) * 180) / Math.PI);
  return angle > 40;
}
function inDot(x: number, y: number): boolean {
  return Math.hypot(x - 0.74, y - 0.5) <= 0.075;
}

function draw(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inRoundedSquare(x, y)) continue;
          if (inC(x, y) || inDot(x, y)) fg++;
          else bg++;
        }
      }
      const n = ss * ss;
      const alpha = (bg + fg) / n;
      const i = (py * size + px) * 4;
      if (alpha === 0) continue;
      const f = fg / (bg + fg);
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(BG[c] * (1 - f) + FG[c] * f);
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

for (const size of SIZES) {
  const file = new URL(`../public/icon/${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote public/icon/${size}.png`);
}
