#!/usr/bin/env node
// Generates the app icons in resources/ from the one source, resources/icon.svg:
// PNGs for Linux (resources/icons/<n>x<n>.png and resources/icon.png), resources/icon.ico (Windows, via
// png-to-ico) and resources/icon.icns (macOS; the ICNS container is a header plus PNG entries, written here).
// Run after changing the SVG: `node scripts/icons.mjs`; the outputs are committed.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const res = path.join(root, 'resources');
const svg = fs.readFileSync(path.join(res, 'icon.svg'));

const png = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngs = new Map(sizes.map((s) => [s, png(s)]));
fs.mkdirSync(path.join(res, 'icons'), { recursive: true });
for (const [s, buf] of pngs) fs.writeFileSync(path.join(res, 'icons', `${s}x${s}.png`), buf);
fs.writeFileSync(path.join(res, 'icon.png'), pngs.get(512));

fs.writeFileSync(path.join(res, 'icon.ico'), await pngToIco([16, 24, 32, 48, 64, 128, 256].map((s) => pngs.get(s))));

// ICNS: 'icns' + total length, then entries of (OSType, length incl. 8-byte header, PNG data).
const icnsTypes = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
const entries = icnsTypes.map(([type, s]) => {
  const data = pngs.get(s);
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const body = Buffer.concat(entries);
const header = Buffer.alloc(8);
header.write('icns', 0, 'ascii');
header.writeUInt32BE(body.length + 8, 4);
fs.writeFileSync(path.join(res, 'icon.icns'), Buffer.concat([header, body]));
console.log(`icons written to ${path.relative(root, res)}/: ${sizes.join(', ')} px PNG, icon.ico, icon.icns`);
