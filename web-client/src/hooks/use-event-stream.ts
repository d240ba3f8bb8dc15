import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reportServiceReachable } from '@/lib/connection';
import { openEventStream, type StreamStatus } from '@/lib/event-stream';
import { endSession, getAccessToken, subscribeSession } from '@/lib/session';
import { getFreshToken } from '@/lib/session-renewal';
import type { SseEvent } from '@/lib/sse-parser';

interface UseEventStreamOptions {
  url: string;
  onEvent: (event: SseEvent) => void;
  /** The server refused the stream for good (403, 404…); it is not reopened. */
  onFatal?: (status: number) => void;
  enabled?: boolean;
}

/**
 * Keeps one live stream open while the component is mounted and reports its state ("live" only while
 * bytes arrive) and whether it reaches the service (for the offline banner). A new token (renewed,
 * here or in another tab) or the browser coming back online reconnects at once, resuming with
 * Last-Event-ID; a 401 renews the token, and one the renewed token gets too ends the session, which
 * sends the person to /login.
 */
export function useEventStream({ url, onEvent, onFatal, enabled = true }: UseEventStreamOptions): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const onEventRef = useRef(onEvent);
  const onFatalRef = useRef(onFatal);
  useLayoutEffect(() => {
    onEventRef.current = onEvent;
    onFatalRef.current = onFatal;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const stream = openEventStream({
      url,
      getToken: getFreshToken,
      onEvent: (event) => onEventRef.current(event),
      onStatus: setStatus,
      onUnauthorized: () => endSession('expired'),
      onFatal: (code) => onFatalRef.current?.(code),
      onReachable: reportServiceReachable,
    });
    let token = getAccessToken();
    const unsubscribe = subscribeSession(() => {
      const next = getAccessToken();
      if (next && next !== token) {
        token = next;
        stream.reconnect();
      }
    });
    // Back online: at once rather than after the backoff. Offline: drop a connection that may linger
    // half-dead, so that the state says so now.
    const reconnect = () => stream.reconnect();
    window.addEventListener('online', reconnect);
    window.addEventListener('offline', reconnect);
    return () => {
      stream.close();
      unsubscribe();
      window.removeEventListener('online', reconnect);
      window.removeEventListener('offline', reconnect);
      // Without a stream nobody is trying: the banner goes back to the browser's word alone.
      reportServiceReachable(true);
    };
  }, [url, enabled]);

  return status;
}
