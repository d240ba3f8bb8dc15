import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  document.addEventListener('visibilitychange', onChange);
  window.addEventListener('focus', onChange);
  window.addEventListener('blur', onChange);
  return () => {
    document.removeEventListener('visibilitychange', onChange);
    window.removeEventListener('focus', onChange);
    window.removeEventListener('blur', onChange);
  };
}

const isVisible = () => document.visibilityState === 'visible';
const hasAttention = () => isVisible() && document.hasFocus();

/** Whether the page is on screen: its tab is the one shown, and the window is not minimised. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribe, isVisible);
}

/** Whether the person is looking at this page: visible, and its window the one in use. */
export function usePageAttention(): boolean {
  return useSyncExternalStore(subscribe, hasAttention);
}
