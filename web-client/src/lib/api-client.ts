import type { FieldError, Problem } from '@/types/api';
import { endSession, reportNotVerified } from './session';
import { getFreshToken } from './session-renewal';

/** An API answer other than 2xx, with its problem body (RFC 9457) when there was one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field errors by field name, for showing each beside its input. */
  get fieldErrors(): Record<string, string> {
    return toFieldMap(this.problem.errors);
  }
}

function toFieldMap(errors: FieldError[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { field, message } of errors ?? []) {
    map[field] = map[field] ? `${map[field]}; ${message}` : message;
  }
  return map;
}

/**
 * No answer from the service: the network is down, or a state change got none within
 * {@link STATE_CHANGE_TIMEOUT_MS} and was abandoned (`timedOut`), never to be sent later. With no
 * network the change was not made; an abandoned one may have reached the service all the same, which
 * the live streams then show.
 */
export class ConnectionError extends Error {
  constructor(readonly timedOut = false) {
    super('The service cannot be reached. Check your connection and try again.');
    this.name = 'ConnectionError';
  }
}

/**
 * A message fit to show a person, whatever was thrown. `notDone` says what did not happen when there
 * was no connection ("the job was not accepted").
 */
export function errorMessage(error: unknown, notDone?: string): string {
  if (error instanceof ApiError) {
    if (error.problem.errors?.length && !error.problem.detail) return 'Please correct the highlighted fields.';
    return error.message;
  }
  if (error instanceof ConnectionError && notDone) {
    return error.timedOut
      ? `No answer in time, so the app stopped waiting: as far as it knows, ${notDone}. If the service got it after all, this page shows it by itself.`
      : `No connection: ${notDone}. Try again.`;
  }
  if (error instanceof ConnectionError) return error.message;
  return error instanceof Error ? error.message : 'Something went wrong.';
}

const PROBLEM_BASE = 'https://medondoor.app/problems/';

/** Whether a problem body is of this service's type `slug` (e.g. `provider-not-verified`). */
export function isProblemType(problem: Problem, slug: string): boolean {
  return problem.type === `${PROBLEM_BASE}${slug}`;
}

type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // fall through: a broken body still deserves a readable message
    }
  }
  return { status: response.status, title: response.statusText || 'Request failed' };
}

function send(method: string, path: string, options: RequestOptions, token: string | null): Promise<Response> {
  // X-Requested-With: the service renews and ends sessions only for requests a page of ours sent.
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-Requested-With': 'medondoor',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(withQuery(path, options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

/** A request that changes state is abandoned after this long without an answer. */
export const STATE_CHANGE_TIMEOUT_MS = 15_000;

/** fetch's TypeError (no network) or an abort (a deadline passed, here or in the token's renewal). */
function isNoAnswer(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  // A DOMException, which is not always an Error of this realm.
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/**
 * The one way the app talks to the API: attaches a fresh bearer token (renewing it first when it is
 * about to expire), parses problem bodies into ApiError, and on a 401 to a signed-in call renews the
 * token and sends the request once more. A second 401, or a renewal the server refuses, ends the
 * session (the route guards then send the person to /login with a return path). A 403
 * `provider-not-verified` tells the session, whose provider pages then show the verification status
 * instead of the job board.
 *
 * A request that changes state (anything but GET) that has no answer within
 * {@link STATE_CHANGE_TIMEOUT_MS} is aborted, so that the browser drops it rather than send it
 * whenever the network comes back; it fails, like any request the network refused, with a
 * ConnectionError.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const deadline = method === 'GET' ? null : new AbortController();
  const timer = deadline ? setTimeout(() => deadline.abort(), STATE_CHANGE_TIMEOUT_MS) : undefined;
  const signal = deadline ? (options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal) : options.signal;
  try {
    return await exchange<T>(method, path, { ...options, signal });
  } catch (error) {
    if (options.signal?.aborted || !isNoAnswer(error)) throw error;
    throw new ConnectionError(deadline?.signal.aborted ?? false);
  } finally {
    clearTimeout(timer);
  }
}

async function exchange<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  let token = await getFreshToken();
  let response = await send(method, path, options, token);
  if (response.status === 401 && token) {
    // Refused before anything was done (expired on the way, or revoked): safe to send again.
    const renewed = await getFreshToken(token);
    if (renewed) {
      void response.body?.cancel().catch(() => undefined);
      response = await send(method, path, options, renewed);
    }
    token = renewed;
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && token) endSession('expired');
    if (response.status === 403 && isProblemType(problem, 'provider-not-verified')) reportNotVerified();
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
};
