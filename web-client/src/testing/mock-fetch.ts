import { vi } from 'vitest';

/** What a handler sees of a request. */
export interface MockRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: Headers;
  body: unknown;
  signal?: AbortSignal | null;
}

export type MockHandler = (request: MockRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

export function problem(status: number, fields: Record<string, unknown> = {}): Response {
  return json({ type: 'about:blank', title: 'Problem', status, ...fields }, status);
}

function compile(pattern: string) {
  const [method, path] = pattern.split(' ') as [string, string];
  const names: string[] = [];
  const regex = new RegExp(
    `^${path.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { method, regex, names };
}

/** As a browser's fetch does: an aborted request fails at once, and one aborted before it starts is never sent. */
function abortable(signal: AbortSignal | null | undefined, send: () => Promise<Response>): Promise<Response> {
  if (!signal) return send();
  if (signal.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    send().then(resolve, reject);
  });
}

/**
 * Replaces fetch with a small router: `{'POST /api/jobs/:id/claim': handler}`. Unknown routes
 * answer 404 and are reported, so a test notices a request it did not expect.
 */
export function mockFetch(routes: Record<string, MockHandler>) {
  const compiled = Object.entries(routes).map(([pattern, handler]) => ({ ...compile(pattern), handler }));
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => abortable(init.signal, () => route(input, init)));
  const route = async (input: RequestInfo | URL, init: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    for (const route of compiled) {
      if (route.method !== method) continue;
      const match = route.regex.exec(url.pathname);
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      const request = { method, url, params, headers, body, signal: init.signal };
      requests.push(request);
      return route.handler(request);
    }
    requests.push({ method, url, params: {}, headers, body, signal: init.signal });
    return problem(404, { detail: `unmocked ${method} ${url.pathname}` });
  };
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests,
    /** The requests sent to one route, e.g. `count('POST', /\/claim$/)`. */
    sent: (method: string, path: RegExp) => requests.filter((r) => r.method === method && path.test(r.url.pathname)),
  };
}

/** A text/event-stream response whose body the test writes to, closes or breaks. */
export function sseResponse() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      done = true;
    },
  });
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    send(text: string) {
      if (!done) controller.enqueue(encoder.encode(text));
    },
    event(id: number, event: string, data: unknown) {
      this.send(`id:${id}\nevent:${event}\ndata:${JSON.stringify(data)}\n\n`);
    },
    close() {
      if (done) return;
      done = true;
      controller.close();
    },
    fail() {
      if (done) return;
      done = true;
      controller.error(new TypeError('network error'));
    },
  };
}

export type SseFeed = ReturnType<typeof sseResponse>;

/**
 * A stream route: each connection gets a fresh feed, kept in `feeds` in order; aborting the request
 * (the client reconnecting or unmounting) ends its feed.
 */
export function sseRoute() {
  const feeds: SseFeed[] = [];
  const connections: MockRequest[] = [];
  const handler: MockHandler = (request) => {
    const feed = sseResponse();
    request.signal?.addEventListener('abort', () => feed.fail());
    feeds.push(feed);
    connections.push(request);
    return feed.response;
  };
  return {
    handler,
    feeds,
    connections,
    get current(): SseFeed {
      const feed = feeds.at(-1);
      if (!feed) throw new Error('no stream connection yet');
      return feed;
    },
  };
}
