export type ElectronBinary =
  | { path: string; version: string }
  | { path: null; version: string | null; reason: string };
export function findElectronBinary(projectRoot: string, env?: Record<string, string | undefined>): ElectronBinary;
