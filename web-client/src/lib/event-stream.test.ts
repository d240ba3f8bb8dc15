// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sseRoute } from '@/testing/mock-fetch';
import { openEventStream, type EventStreamHandle, type StreamStatus } from './event-stream';
import type { SseEvent } from './sse-parser';

const opened: EventStreamHandle[] = [];

function start(route: ReturnType<typeof sseRoute>, overrides: Partial<Parameters<typeof openEventStream>[0]> = {}) {
  const events: SseEvent[] = [];
  const statuses: StreamStatus[] = [];
  const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(route.handler({ method: 'GET', url: new URL('http://localhost/s'), params: {}, headers: new Headers(init?.headers), body: undefined, signal: init?.signal })),
  );
  const stream = openEventStream({
    url: '/api/jobs/stream',
    getToken: () => 'token-1',
    onEvent: (e) => events.push(e),
    onStatus: (s) => statuses.push(s),
    retryMs: 5,
    fetch,
    ...overrides,
  });
  opened.push(stream);
  return { stream, events, statuses, fetch };
}

afterEach(() => {
  for (const stream of opened.splice(0)) stream.close();
});

describe('openEventStream', () => {
  it('sends the token as a bearer header, never in the URL', async () => {
    const route = sseRoute();
    const { fetch } = start(route);
    await vi.waitFor(() => expect(route.connections).toHaveLength(1));
    expect(fetch.mock.calls[0]![0]).toBe('/api/jobs/stream');
    expect(route.connections[0]!.headers.get('authorization')).toBe('Bearer token-1');
    expect(route.connections[0]!.headers.get('last-event-id')).toBeNull();
  });

  it('applies events in the order they arrive, ids increasing, multi-line data intact, comments ignored', async () => {
    const route = sseRoute();
    const { events, statuses } = start(route);
    await vi.waitFor(() => expect(route.feeds).toHaveLength(1));
    route.current.send('retry:3000\n:open\n\n');
    route.current.send('id:1\nevent:snapshot\ndata:{"items":[]}\n\n: keep-alive\n\nid:2\nevent:job.available\ndata:{"a":\ndata:1}\n\n');
    route.current.send('id:3\nevent:job.rem');
    route.current.send('oved\ndata:{"id":"x"}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(3));
    expect(events.map((e) => [e.id, e.event])).toEqual([
      ['1', 'snapshot'],
      ['2', 'job.available'],
      ['3', 'job.removed'],
    ]);
    expect(events[1]!.data).toBe('{"a":\n1}');
    expect(JSON.parse(events[1]!.data)).toEqual({ a: 1 });
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('after a dropped connection reconnects with the Last-Event-ID of the last event seen', async () => {
    const route = sseRoute();
    const { events, statuses } = start(route);
    await vi.waitFor(() => expect(route.feeds).toHaveLength(1));
    route.current.send('retry:10\n\nid:41\nevent:snapshot\ndata:{}\n\nid:42\nevent:job.available\ndata:{}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(2));

    route.current.fail();

    await vi.waitFor(() => expect(route.connections).toHaveLength(2));
    expect(route.connections[1]!.headers.get('last-event-id')).toBe('42');
    expect(statuses).toContain('reconnecting');
    route.current.send('id:43\nevent:job.removed\ndata:{}\n\n');
    await vi.waitFor(() => expect(events.map((e) => e.id)).toEqual(['41', '42', '43']));
    expect(statuses.at(-1)).toBe('live');
  });

  it('reconnects when the server ends the stream normally (the token expired), resuming from the last id', async () => {
    const route = sseRoute();
    const { events } = start(route);
    await vi.waitFor(() => expect(route.feeds).toHaveLength(1));
    route.current.send('id:7\nevent:snapshot\ndata:{}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(1));
    route.current.close();
    await vi.waitFor(() => expect(route.connections).toHaveLength(2));
    expect(route.connections[1]!.headers.get('last-event-id')).toBe('7');
  });

  it('waits the delay the server asked for with retry:', async () => {
    vi.useFakeTimers();
    try {
      const route = sseRoute();
      start(route, { retryMs: 3000 });
      await vi.waitFor(() => expect(route.feeds).toHaveLength(1));
      route.current.send('retry:1500\n\nid:1\ndata:{}\n\n');
      await vi.advanceTimersByTimeAsync(0);
      route.current.close();
      await vi.advanceTimersByTimeAsync(1400);
      expect(route.connections).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(200);
      expect(route.connections).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('doubles the delay after consecutive failures, up to the cap', async () => {
    vi.useFakeTimers();
    try {
      const fetch = vi.fn(() => Promise.reject(new TypeError('offline')));
      const stream = openEventStream({ url: '/s', getToken: () => 't', onEvent: () => undefined, retryMs: 100, maxRetryMs: 300, fetch });
      opened.push(stream);
      await vi.advanceTimersByTimeAsync(0);
      expect(fetch).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(100); // 1st wait: 100
      expect(fetch).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(199); // 2nd wait: 200
      expect(fetch).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch).toHaveBeenCalledTimes(3);
      await vi.advanceTimersByTimeAsync(300); // 3rd wait: capped at 300
      expect(fetch).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('after a 401 reconnects at once with a renewed token, resuming from the last id', async () => {
    const route = sseRoute();
    let renewals = 0;
    const getToken = vi.fn((rejected?: string) => (rejected ? `renewed-${++renewals}` : 'old'));
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      if (headers.get('authorization') === 'Bearer old') return Promise.resolve(new Response(null, { status: 401 }));
      return Promise.resolve(route.handler({ method: 'GET', url: new URL('http://localhost/s'), params: {}, headers, body: undefined, signal: init?.signal }));
    });
    const statuses: StreamStatus[] = [];
    opened.push(openEventStream({ url: '/s', getToken, onEvent: () => undefined, onStatus: (s) => statuses.push(s), lastEventId: '9', retryMs: 60_000, fetch }));
    await vi.waitFor(() => expect(route.connections).toHaveLength(1));
    expect(getToken).toHaveBeenLastCalledWith('old');
    expect(route.connections[0]!.headers.get('authorization')).toBe('Bearer renewed-1');
    expect(route.connections[0]!.headers.get('last-event-id')).toBe('9');
    expect(statuses.at(-1)).toBe('live');
  });

  it('stops and reports a 401 to the renewed token too, so the app can send the person to log in', async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 401 })));
    const getToken = vi.fn((rejected?: string) => (rejected ? 'renewed' : 't'));
    const statuses: StreamStatus[] = [];
    opened.push(openEventStream({ url: '/s', getToken, onEvent: () => undefined, onStatus: (s) => statuses.push(s), onUnauthorized, retryMs: 1, fetch }));
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch, 'the first try and one with the renewed token').toHaveBeenCalledTimes(2);
    expect(getToken.mock.calls).toEqual([[undefined], ['t']]);
    expect(statuses.at(-1)).toBe('closed');
  });

  it('stops when there is no token to send (signed out, or the session ended on renewal)', async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn();
    opened.push(openEventStream({ url: '/s', getToken: () => Promise.resolve(null), onEvent: () => undefined, onUnauthorized, fetch }));
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reconnects at once with the new token and the last id when asked to (token renewed)', async () => {
    const route = sseRoute();
    let token = 'old';
    const { stream, events } = start(route, { getToken: () => token, retryMs: 60_000 });
    await vi.waitFor(() => expect(route.feeds).toHaveLength(1));
    route.current.send('id:12\nevent:snapshot\ndata:{}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(1));

    token = 'new';
    stream.reconnect();

    await vi.waitFor(() => expect(route.connections).toHaveLength(2));
    expect(route.connections[1]!.headers.get('authorization')).toBe('Bearer new');
    expect(route.connections[1]!.headers.get('last-event-id')).toBe('12');
  });

  it('says reconnecting, and reopens, when no byte arrives for twice the server\'s 15 s heartbeat', async () => {
    vi.useFakeTimers();
    try {
      const route = sseRoute();
      const reachable: boolean[] = [];
      const { statuses } = start(route, { onReachable: (r) => reachable.push(r) });
      await vi.advanceTimersByTimeAsync(0);
      route.current.send('id:1\nevent:snapshot\ndata:{}\n\n');
      for (let i = 0; i < 4; i += 1) {
        await vi.advanceTimersByTimeAsync(15_000);
        route.current.send(':heartbeat\n\n');
      }
      expect(route.connections, 'heartbeats keep it open').toHaveLength(1);
      expect(statuses.at(-1)).toBe('live');

      await vi.advanceTimersByTimeAsync(29_999);
      expect(statuses.at(-1)).toBe('live');
      await vi.advanceTimersByTimeAsync(1);
      expect(statuses.at(-1)).toBe('reconnecting');
      expect(reachable).toEqual([true, false]);
      await vi.advanceTimersByTimeAsync(10);
      expect(route.connections).toHaveLength(2);
      expect(route.connections[1]!.headers.get('last-event-id')).toBe('1');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up a connection that is never answered after the same 30 s, and tries again', async () => {
    vi.useFakeTimers();
    try {
      const signals: AbortSignal[] = [];
      const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
        signals.push(init!.signal!);
        return new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      });
      const reachable: boolean[] = [];
      const statuses: StreamStatus[] = [];
      const stream = openEventStream({ url: '/s', getToken: () => 't', onEvent: () => undefined, onStatus: (s) => statuses.push(s), onReachable: (r) => reachable.push(r), retryMs: 100, fetch });
      opened.push(stream);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(signals[0]!.aborted).toBe(true);
      expect(reachable).toEqual([false]);
      expect(statuses).toEqual(['connecting', 'reconnecting']);
      await vi.advanceTimersByTimeAsync(100);
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports the service unreachable when a connection cannot be opened, reachable once one is answered', async () => {
    const route = sseRoute();
    let down = true;
    const reachable: boolean[] = [];
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      if (down) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(route.handler({ method: 'GET', url: new URL('http://localhost/s'), params: {}, headers: new Headers(init?.headers), body: undefined, signal: init?.signal }));
    });
    opened.push(openEventStream({ url: '/s', getToken: () => 't', onEvent: () => undefined, onReachable: (r) => reachable.push(r), retryMs: 5, fetch }));
    await vi.waitFor(() => expect(reachable).toContain(false));
    down = false;
    await vi.waitFor(() => expect(reachable.at(-1)).toBe(true));
  });

  it('does not reconnect after close', async () => {
    const route = sseRoute();
    const { stream } = start(route);
    await vi.waitFor(() => expect(route.feeds).toHaveLength(1));
    stream.close();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(route.connections).toHaveLength(1);
  });
});
