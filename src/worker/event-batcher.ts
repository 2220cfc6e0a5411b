/** Collects engine events and flushes them at most once per frame-sized tick, so the page gets few, small messages. */
import type { EngineEvent } from '../engine/events';

export class EventBatcher {
  private pending: EngineEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly flushTo: (events: EngineEvent[]) => void, private readonly intervalMs = 16) {}

  push(event: EngineEvent): void {
    this.pending.push(event);
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushTo(batch);
  }
}
