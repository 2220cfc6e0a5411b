/**
 * Two tabs on one workflow never overwrite each other silently. A Web Lock per workflow picks a
 * single writer (`ifAvailable`: the second tab does not wait, it becomes read-only); a
 * BroadcastChannel tells other tabs "workflow X changed at revision N" (a read-only tab reloads it)
 * and "workflow X was taken over" (the old writer becomes read-only). Where Web Locks or
 * BroadcastChannel are missing, every tab is a writer and the revision check in draft-saver.ts
 * is the only guard.
 */
import { z } from 'zod';

export type TabMessage =
  | { type: 'changed'; workflowId: string; revision: number; tabId: string }
  | { type: 'taken-over'; workflowId: string; tabId: string };

const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changed'), workflowId: z.string(), revision: z.number(), tabId: z.string() }),
  z.object({ type: z.literal('taken-over'), workflowId: z.string(), tabId: z.string() }),
]);

export type WriterRole = 'writer' | 'read-only';

export interface TabCoordinator {
  readonly tabId: string;
  /** Tries to become the one writer of the workflow; 'read-only' when another tab is. */
  claim(workflowId: string): Promise<WriterRole>;
  /** Takes the writer lock from whichever tab holds it, and tells that tab. */
  takeOver(workflowId: string): Promise<void>;
  release(workflowId: string): void;
  announceChange(workflowId: string, revision: number): void;
  /** Messages from other tabs, and `lost` when another tab stole this tab's lock. */
  subscribe(listener: (event: TabMessage | { type: 'lost'; workflowId: string }) => void): () => void;
  close(): void;
}

export interface TabCoordinatorOptions {
  locks?: LockManager | null;
  createChannel?: ((name: string) => BroadcastChannel) | null;
  tabId?: string;
}

export const CHANNEL_NAME = 'flowpad-drafts';
export const lockName = (workflowId: string) => `flowpad-workflow-${workflowId}`;

function defaultLocks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function defaultChannel(): ((name: string) => BroadcastChannel) | null {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}

export function createTabCoordinator(options: TabCoordinatorOptions = {}): TabCoordinator {
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const createChannel = options.createChannel === undefined ? defaultChannel() : options.createChannel;
  const tabId = options.tabId ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const channel = createChannel?.(CHANNEL_NAME) ?? null;
  type Event = TabMessage | { type: 'lost'; workflowId: string };
  const listeners = new Set<(event: Event) => void>();
  const emit = (event: Event) => listeners.forEach((l) => l(event));
  /** Held locks: resolving the function lets the lock go. */
  const held = new Map<string, () => void>();

  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = tabMessageSchema.safeParse(event.data);
      if (message.success && message.data.tabId !== tabId) emit(message.data);
    };
  }

  /** Requests the lock and holds it until released; resolves with whether it was granted. */
  function hold(workflowId: string, mode: { ifAvailable: true } | { steal: true }): Promise<boolean> {
    if (!locks) return Promise.resolve(true);
    return new Promise<boolean>((granted) => {
      let letGo!: () => void;
      const kept = new Promise<void>((resolve) => (letGo = resolve));
      locks
        .request(lockName(workflowId), mode, async (lock) => {
          if (!lock) return granted(false);
          held.get(workflowId)?.();
          held.set(workflowId, letGo);
          granted(true);
          await kept;
        })
        .catch(() => {
          // Stolen by another tab (AbortError), or the lock request failed.
          if (held.get(workflowId) === letGo) {
            held.delete(workflowId);
            emit({ type: 'lost', workflowId });
          }
          granted(false);
        });
    });
  }

  const post = (message: TabMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel: other tabs fall back to the revision check.
    }
  };

  return {
    tabId,
    async claim(workflowId) {
      if (held.has(workflowId)) return 'writer';
      return (await hold(workflowId, { ifAvailable: true })) ? 'writer' : 'read-only';
    },
    async takeOver(workflowId) {
      if (!held.has(workflowId)) await hold(workflowId, { steal: true });
      post({ type: 'taken-over', workflowId, tabId });
    },
    release(workflowId) {
      const letGo = held.get(workflowId);
      held.delete(workflowId);
      letGo?.();
    },
    announceChange(workflowId, revision) {
      post({ type: 'changed', workflowId, revision, tabId });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const id of [...held.keys()]) this.release(id);
      listeners.clear();
      channel?.close();
    },
  };
}
