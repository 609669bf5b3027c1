import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { startHttpHost, type HttpHost } from '../../../src/main/host/http-host';
import type { ImportPreview } from '../../../src/shared/contract';

/**
 * The influencer spreadsheet preview reads and plans the file in a worker thread: while a large sheet is parsed,
 * the host answers other requests. (Parsed on the host's thread, as before, the other request waited for the
 * whole parse.)
 */
type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
let host: HttpHost;

beforeAll(async () => {
  t = await testCore('empty');
  host = await startHttpHost({ dispatch: t.dispatch, events: t.core.events, log: t.core.log });
}, 60_000);
afterAll(async () => {
  await host.close();
  await t.dispose();
});

async function rpc<T>(method: string, body: unknown): Promise<T> {
  const res = await fetch(`${host.url}/rpc/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const env = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!env.ok) throw new Error(`${method}: ${JSON.stringify(env.error)}`);
  return env.value as T;
}

/** ~60,000 creators, about 6 MB. */
function bigCsv(rows: number): Buffer {
  const lines = ['Name,Instagram,Follower,E-Mail,Stadt,Notizen'];
  for (let i = 0; i < rows; i++) lines.push(`Creator ${i} Müller,@creator.${i},${1000 + i},creator${i}@example.com,Köln,"Notiz ${i}, vegan und Fitness"`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

async function upload(bytes: Buffer, fileName: string): Promise<string> {
  const { fileId, chunkBytes } = await rpc<{ fileId: string; chunkBytes: number }>('uploads.begin', { fileName, sizeBytes: bytes.length });
  for (let off = 0; off < bytes.length; off += chunkBytes) {
    await rpc('uploads.chunk', { fileId, offset: off, dataBase64: bytes.subarray(off, off + chunkBytes).toString('base64') });
  }
  await rpc('uploads.finish', { fileId });
  return fileId;
}

describe('influencer spreadsheet preview', () => {
  it('the host answers another request while a large sheet is parsed', async () => {
    const rows = 60_000;
    const fileId = await upload(bigCsv(rows), 'creators.csv');
    // Warm the worker with a tiny sheet, so what follows measures the parse, not starting a thread.
    const small = await upload(Buffer.from('Name,Instagram\nA,@a\n'), 'small.csv');
    await rpc('influencers.import.preview', { fileId: small });

    let previewDone = false;
    const preview = rpc<ImportPreview>('influencers.import.preview', { fileId }).then((p) => {
      previewDone = true;
      return p;
    });
    const started = performance.now();
    const info = await rpc<{ name: string }>('app.info', {});
    const answeredMs = performance.now() - started;
    expect(info.name).toBe('Kollab');
    expect(previewDone).toBe(false);
    const result = await preview;
    const parseMs = performance.now() - started;
    expect(result.totalRows).toBe(rows);
    expect(result.ready).toBe(rows);
    console.log(`app.info answered after ${answeredMs.toFixed(0)} ms while the preview took ${parseMs.toFixed(0)} ms`);
  }, 120_000);

  it('a sheet the worker cannot read still gives its keyed message', async () => {
    const fileId = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'old.xls');
    const res = await fetch(`${host.url}/rpc/influencers.import.preview`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fileId }),
    });
    const env = (await res.json()) as { ok: boolean; error: { code: string; key: string; params: Record<string, string> } };
    expect(env.ok).toBe(false);
    expect(env.error).toMatchObject({ code: 'INVALID_INPUT', key: 'influencers.sheet.xls_unsupported', params: { fileName: 'old.xls' } });
  }, 60_000);
});
