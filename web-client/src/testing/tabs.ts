import { vi } from 'vitest';

/**
 * Stand-ins for BroadcastChannel and the Web Locks API (jsdom has neither), shared by the "tabs" of
 * one test: each tab is a fresh copy of the session modules (`vi.resetModules()`). Messages arrive
 * a moment later, as in a browser; locks are granted in the order asked. Undone after the test.
 */
export function stubTabs() {
  const open = new Set<FakeChannel>();
  class FakeChannel {
    onmessage: ((event: MessageEvent) => void) | null = null;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(data: unknown) {
      const copy = structuredClone(data);
      for (const other of open) {
        if (other === this || other.name !== this.name) continue;
        queueMicrotask(() => {
          if (open.has(other)) other.onmessage?.({ data: copy } as MessageEvent);
        });
      }
    }
    close() {
      open.delete(this);
    }
  }
  vi.stubGlobal('BroadcastChannel', FakeChannel);

  const queues = new Map<string, Promise<unknown>>();
  const locks = {
    request(name: string, callback: () => Promise<unknown>) {
      const granted = (queues.get(name) ?? Promise.resolve()).then(() => callback());
      queues.set(name, granted.catch(() => undefined));
      return granted;
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return () => {
    delete (navigator as { locks?: unknown }).locks;
  };
}
