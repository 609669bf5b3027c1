import type { AppEvent } from '../../shared/events';

export type Listener = (event: AppEvent) => void;

/** Fan-out of events from main to every connected renderer (IPC windows, SSE clients). */
export class EventBus {
  private listeners = new Set<Listener>();
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: AppEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        /* one broken listener must not starve the others */
      }
    }
  }
  get size(): number {
    return this.listeners.size;
  }
}
