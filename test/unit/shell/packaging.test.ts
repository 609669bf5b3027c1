import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as key → value. */
function fuses(): Record<string, string> {
  const yml = fs.readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(yml);
  expect(block, 'electron-builder.yml has an electronFuses block').not.toBeNull();
  return Object.fromEntries(block![1].trim().split('\n').map((l) => l.trim().split(/:\s*/) as [string, string]));
}

describe('packaging', () => {
  it('flips the Electron fuses that let outside code run inside the app', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('points electron-builder at icons that exist', () => {
    const yml = fs.readFileSync('electron-builder.yml', 'utf8');
    const dir = /buildResources: (\S+)/.exec(yml)?.[1];
    expect(dir).toBe('resources');
    for (const f of ['icon.png', 'icon.icns', 'icon.ico', 'icon.svg']) expect(fs.existsSync(`resources/${f}`), f).toBe(true);
  });
});
