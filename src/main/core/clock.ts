/**
 * The core's clock. Production uses the system clock; `KOLLAB_NOW` (an ISO instant) pins it, so tests can
 * move time ("a sample delivered 15 days ago") by starting the core with a later instant.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: string | Date): Clock {
  const t = new Date(instant).getTime();
  if (Number.isNaN(t)) throw new Error(`Not an instant: ${String(instant)}`);
  return { now: () => new Date(t) };
}

export function clockFromEnv(env: Record<string, string | undefined> = process.env): Clock {
  return env.KOLLAB_NOW ? fixedClock(env.KOLLAB_NOW) : systemClock;
}
