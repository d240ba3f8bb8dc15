import { useSyncExternalStore } from 'react';

/** What the app knows of its connection: the browser's word, and whether the live streams reach the service. */
export interface Connection {
  online: boolean;
  serviceReachable: boolean;
}

let state: Connection = { online: true, serviceReachable: true };
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Told by the live streams: each connection opened, failed or gone silent says so. */
export function reportServiceReachable(reachable: boolean) {
  if (state.serviceReachable === reachable) return;
  state = { ...state, serviceReachable: reachable };
  notify();
}

function snapshot(): Connection {
  const online = typeof navigator === 'undefined' || navigator.onLine;
  if (online !== state.online) state = { ...state, online };
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
