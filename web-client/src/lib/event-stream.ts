import { SseParser, type SseEvent } from './sse-parser';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface EventStreamOptions {
  url: string;
  /**
   * Asked before every connection, so a renewed token is picked up; after a 401, asked once with the
   * refused token, to renew it. Null: signed out. Throwing (no renewal possible now) counts as a failed
   * connection.
   */
  getToken: (rejected?: string) => string | null | Promise<string | null>;
  onEvent: (event: SseEvent) => void;
  onStatus?: (status: StreamStatus) => void;
  /** No token, or a 401 to a renewed one: the stream stops; the app should send the person to log in. */
  onUnauthorized?: () => void;
  /** A refusal that retrying cannot fix (403, 404…): the stream stops. */
  onFatal?: (status: number) => void;
  /** Resume after this event id (sent as Last-Event-ID on the first connection too). */
  lastEventId?: string;
  /** Delay before reconnecting until the server's `retry:` says otherwise. */
  retryMs?: number;
  /** Cap for the doubling delay after consecutive failures. */
  maxRetryMs?: number;
  /**
   * No byte for this long means a dead connection, so it is dropped and reopened: the server sends a
   * heartbeat comment every 15 s (`medondoor.live.heartbeat`), so the default is twice that.
   */
  idleTimeoutMs?: number;
  /**
   * Whether the server answers: false when a connection cannot be opened or goes silent past the idle
   * timeout, true as soon as one is answered.
   */
  onReachable?: (reachable: boolean) => void;
  fetch?: typeof fetch;
}

export interface EventStreamHandle {
  /** Stops for good. */
  close(): void;
  /** Drops the current connection (if any) and reconnects now, resuming from the last event id. */
  reconnect(): void;
  readonly lastEventId: string;
}

type Outcome = 'ended' | 'failed' | 'restart' | 'unauthorized' | 'fatal' | 'closed';

interface Attempt {
  outcome: Outcome;
  gotEvent: boolean;
  /** The token a 401 refused. */
  refused?: string;
}

/**
 * Reads a Server-Sent Events stream with fetch, so that the token travels in the Authorization
 * header and never in a URL (EventSource cannot send headers). Reconnects after the server's
 * `retry:` delay, doubling it after each consecutive failure, and always resumes with
 * `Last-Event-ID` so that the server replays what was missed. A stream that ends normally (the
 * server closes it when the token expires) is reopened the same way; a 401 reopens it at once with a
 * renewed token, and a second one in a row stops it and calls onUnauthorized.
 */
export function openEventStream(options: EventStreamOptions): EventStreamHandle {
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
  let retryMs = options.retryMs ?? 3_000;
  let lastEventId = options.lastEventId ?? '';
  let closed = false;
  let restartRequested = false;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;
  let status: StreamStatus | null = null;

  const setStatus = (next: StreamStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      wake = () => {
        clearTimeout(timer);
        done();
      };
      function done() {
        wake = null;
        resolve();
      }
    });

  const interrupted = (): Outcome => (closed ? 'closed' : restartRequested ? 'restart' : 'failed');

  async function connectOnce(rejected: string | undefined): Promise<Attempt> {
    let token: string | null;
    try {
      token = await options.getToken(rejected);
    } catch {
      // No token could be had (the renewal got no answer): as good as unreachable.
      if (!closed) options.onReachable?.(false);
      return { outcome: closed ? 'closed' : 'failed', gotEvent: false };
    }
    // A reconnection asked for while the token was being renewed is this one.
    restartRequested = false;
    if (closed) return { outcome: 'closed', gotEvent: false };
    if (!token) return { outcome: 'unauthorized', gotEvent: false };
    const attempt = new AbortController();
    controller = attempt;
    const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;

    // No byte for this long, from the request on, and the server is taken for unreachable: the
    // connection is dropped and opened again.
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const armIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        options.onReachable?.(false);
        attempt.abort();
      }, idleTimeoutMs);
    };
    try {
      armIdle();
      let response: Response;
      try {
        response = await fetchImpl(options.url, { headers, signal: attempt.signal, cache: 'no-store' });
      } catch {
        if (!attempt.signal.aborted) options.onReachable?.(false);
        return { outcome: interrupted(), gotEvent: false };
      }
      options.onReachable?.(true);
      if (response.status === 401) {
        void response.body?.cancel().catch(() => undefined);
        return { outcome: 'unauthorized', gotEvent: false, refused: token };
      }
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
        void response.body?.cancel().catch(() => undefined);
        const retriable = response.ok || response.status >= 500 || response.status === 408 || response.status === 429;
        if (!retriable) options.onFatal?.(response.status);
        return { outcome: retriable ? 'failed' : 'fatal', gotEvent: false };
      }
      setStatus('live');
      return await readEvents(response.body, armIdle);
    } finally {
      clearTimeout(idleTimer);
    }
  }

  async function readEvents(body: ReadableStream<Uint8Array>, onBytes: () => void): Promise<Attempt> {
    let gotEvent = false;
    const parser = new SseParser(
      {
        onEvent: (event) => {
          gotEvent = true;
          lastEventId = event.id;
          try {
            options.onEvent(event);
          } catch (error) {
            // One bad event must not cost the connection; the next snapshot or event repairs state.
            console.error('Could not apply stream event', event, error);
          }
        },
        onRetry: (ms) => {
          retryMs = ms;
        },
      },
      lastEventId,
    );
    const reader = body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        onBytes();
        parser.push(decoder.decode(value, { stream: true }));
        lastEventId = parser.lastId;
        if (closed) return { outcome: 'closed', gotEvent };
      }
      parser.push(decoder.decode());
      parser.end();
      lastEventId = parser.lastId;
      return { outcome: closed ? 'closed' : 'ended', gotEvent };
    } catch {
      lastEventId = parser.lastId;
      return { outcome: interrupted(), gotEvent };
    }
  }

  async function run() {
    let failures = 0;
    let first = true;
    let rejected: string | undefined;
    while (!closed) {
      setStatus(first ? 'connecting' : 'reconnecting');
      first = false;
      const { outcome, gotEvent, refused } = await connectOnce(rejected);
      if (outcome === 'closed' || closed) break;
      // The first 401 in a row: the token ran out or was revoked; try once more with a renewed one.
      rejected = outcome === 'unauthorized' && refused && rejected === undefined ? refused : undefined;
      if (rejected) continue;
      if (outcome === 'unauthorized') {
        closed = true;
        setStatus('closed');
        options.onUnauthorized?.();
        return;
      }
      if (outcome === 'fatal') {
        closed = true;
        break;
      }
      setStatus('reconnecting');
      if (outcome === 'restart') {
        failures = 0;
        continue;
      }
      // A stream that delivered something and then ended was healthy: wait the server's delay only.
      failures = outcome === 'ended' && gotEvent ? 0 : failures + 1;
      const delay = Math.min(maxRetryMs, retryMs * 2 ** Math.max(0, failures - 1));
      await sleep(delay);
    }
    setStatus('closed');
  }

  void run();

  return {
    close() {
      closed = true;
      controller?.abort();
      wake?.();
    },
    reconnect() {
      if (closed) return;
      restartRequested = true;
      controller?.abort();
      wake?.();
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}
