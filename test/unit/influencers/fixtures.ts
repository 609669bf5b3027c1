import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SAMPLE_NAMES = ['influencers-de.csv', 'influencers-en.csv'] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

/** The shared samples beside the repository (/work/shared/samples in development, a copy of shared/ in CI). */
export const sharedSamplePath = (name: SampleName): string => path.resolve(process.cwd(), '../shared/samples', name);
/** The copy inside the repository, so the tests run without shared/. */
export const fixturePath = (name: SampleName): string => path.resolve(process.cwd(), 'test/fixtures/influencers', name);

/** The sample's bytes: the shared original when it exists, else the repository copy. */
export function sampleBytes(name: SampleName): Uint8Array {
  const shared = sharedSamplePath(name);
  return new Uint8Array(readFileSync(existsSync(shared) ? shared : fixturePath(name)));
}
