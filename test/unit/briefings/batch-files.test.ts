import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { batchZip, openBatchFolder, rememberBatch } from '../../../src/main/briefings/batch-files';
import { tempDir } from '../../helpers/tmp';

describe('a finished PDF batch: zip download and open folder', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  const folder = path.join(t.dir, 'exports', 'herbst-2026-11-24');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, '01-anna-de.pdf'), '%PDF-1.7 anna');
  fs.writeFileSync(path.join(folder, '02-joerg-de.pdf'), '%PDF-1.7 jörg');
  fs.writeFileSync(path.join(t.dir, 'kollab.db'), 'not part of the batch');
  rememberBatch('job-1', folder, ['01-anna-de.pdf', '02-joerg-de.pdf']);

  it('zips exactly the batch’s PDFs, named after its folder', () => {
    const z = batchZip('job-1');
    expect(z.fileName).toBe('herbst-2026-11-24.zip');
    expect(z.mime).toBe('application/zip');
    const files = unzipSync(Buffer.from(z.dataBase64, 'base64'));
    expect(Object.keys(files).sort()).toEqual(['01-anna-de.pdf', '02-joerg-de.pdf']);
    expect(Buffer.from(files['02-joerg-de.pdf']!).toString()).toBe('%PDF-1.7 jörg');
  });

  it('opens the folder through the platform port, and knows no other batch', async () => {
    const opened: string[] = [];
    const platform = { openPath: async (p: string) => (opened.push(p), true) };
    expect(await openBatchFolder({ platform }, 'job-1')).toEqual({ opened: true });
    expect(opened).toEqual([folder]);
    await expect(openBatchFolder({ platform: undefined }, 'job-1')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(() => batchZip('job-unknown')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', key: 'briefings.batchGone' }));
  });
});
