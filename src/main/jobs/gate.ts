/**
 * A job that may start before something it must not write ahead of: the shop import starts reading its file while
 * the backup before it is still being written (redemptions/handlers.ts), and writes only once the backup is done.
 * The gate is one shared integer (a SharedArrayBuffer in the job's workerData): the caller opens it, or calls the
 * job off when what it waited for failed — the job then ends without having written anything.
 */
import { DomainError } from '../../shared/envelope';

const WAITING = 0;
const OPEN = 1;
const CALLED_OFF = 2;

export function newGate(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

export function openGate(gate: Int32Array): void {
  Atomics.store(gate, 0, OPEN);
}

export function callOff(gate: Int32Array): void {
  Atomics.store(gate, 0, CALLED_OFF);
}

/** Resolves once the gate is open (at once without a gate); rejects when the job was called off. */
export async function passGate(gate: Int32Array | undefined): Promise<void> {
  if (!gate) return;
  for (;;) {
    const state = Atomics.load(gate, 0);
    if (state === OPEN) return;
    if (state === CALLED_OFF) throw new DomainError('CONFLICT', 'The job was called off before it wrote anything.', { key: 'jobs.calledOff' });
    if (state !== WAITING) throw new Error(`unknown gate state ${state}`);
    // A backup takes a fraction of a second to seconds: a short poll costs nothing next to it.
    await new Promise((r) => setTimeout(r, 2));
  }
}
