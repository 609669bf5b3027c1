#!/usr/bin/env node
/**
 * `npm run test:security`: Electronegativity (Doyensec's static checker for Electron anti-patterns) over src/.
 * Fails when a finding is not explained in test/security/electronegativity-allow.json
 * (entries: { "id": CHECK_ID, "file": path relative to src/, "why": reason it does not apply }).
 * Also fails when a file under src/ could not be parsed (then it was not checked at all).
 *
 * Offline by default: the "available security fixes" check (which downloads Electron's release list) is skipped
 * unless --online is given. The tool still tries to fetch translations (1 s timeout, falls back to English).
 *
 * Flags: --online, --verbose (print every finding, allowed ones too), --json <file> (write the raw findings).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const srcDir = path.join(root, 'src');
const allowFile = path.join(root, 'test', 'security', 'electronegativity-allow.json');
const args = process.argv.slice(2);
const online = args.includes('--online');
const verbose = args.includes('--verbose');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const allow = JSON.parse(fs.readFileSync(allowFile, 'utf8'));
for (const entry of allow) {
  if (!entry.id || !entry.file || typeof entry.why !== 'string' || entry.why.trim().length < 20) {
    console.error(`electronegativity: allow-list entry needs id, file and a real "why": ${JSON.stringify(entry)}`);
    process.exit(1);
  }
}

// The tool logs chatter (translation fetch) through console.log; keep our output to the summary.
const log = console.log;
console.log = () => {};
let result;
try {
  const run = require('@doyensec/electronegativity');
  result = await run({
    input: srcDir,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: online ? [] : ['AvailableSecurityFixesGlobalCheck'],
  });
} finally {
  console.log = log;
}

const norm = (f) => String(f).split(path.sep).join('/').replace(/^\.?\//, '');
const findings = result.issues.map((i) => ({
  id: i.id,
  file: norm(i.file),
  line: i.location?.line ?? 0,
  severity: i.severity?.name,
  confidence: i.confidence?.name,
  description: i.description,
  sample: i.sample,
}));
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ findings, errors: result.errors }, null, 2));

const isAllowed = (f) => allow.some((a) => a.id === f.id && norm(a.file) === f.file);
const unexplained = findings.filter((f) => !isAllowed(f));
const unused = allow.filter((a) => !findings.some((f) => f.id === a.id && f.file === norm(a.file)));
const parseErrors = result.errors.filter((e) => !e.tolerable);

for (const f of verbose ? findings : unexplained) {
  const tag = isAllowed(f) ? 'allowed' : 'UNEXPLAINED';
  console.log(`  [${tag}] ${f.id} ${f.file}:${f.line} (${f.severity}/${f.confidence}) ${f.description ?? ''}`);
  if (f.sample) console.log(`      ${String(f.sample).slice(0, 160)}`);
}
for (const e of parseErrors) console.log(`  [PARSE ERROR] ${norm(path.relative(srcDir, e.file))}: ${e.message}`);
for (const a of unused) console.log(`  [stale allow-list entry] ${a.id} ${a.file} (no longer reported; remove it)`);

const ok = unexplained.length === 0 && parseErrors.length === 0;
console.log(
  `electronegativity (Electron ${electronVersion}): ${result.globalChecks + result.atomicChecks} checks, ` +
    `${findings.length} findings, ${findings.length - unexplained.length} explained in the allow-list, ` +
    `${unexplained.length} unexplained, ${parseErrors.length} parse errors — ${ok ? 'OK' : 'FAILED'}`,
);
process.exit(ok ? 0 : 1);
