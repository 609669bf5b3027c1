import type { KollabBridge } from '../../../shared/bridge';

export type { KollabBridge };

/** The preload bridge (`window.kollab`), when running inside Electron. */
export function getBridge(win: Window = window): KollabBridge | undefined {
  const b = (win as unknown as { kollab?: KollabBridge }).kollab;
  return b && typeof b.call === 'function' ? b : undefined;
}
